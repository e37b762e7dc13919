package org.demarche.ingest.statement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.demarche.contracts.CloudEventHeaders;
import org.demarche.contracts.EventSchema;
import org.demarche.ingest.config.IngestConfig;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends {@code StatementReceived} records to the {@code statements} channel (topic {@code statements.raw}) and
 * blocks the calling worker thread until the broker acknowledges them ({@code acks=all}) or the timeout passes.
 */
@ApplicationScoped
public class KafkaStatementPublisher implements StatementPublisher {

    public static final String CHANNEL = "statements";

    private final MutinyEmitter<String> emitter;
    private final Duration timeout;

    @Inject
    public KafkaStatementPublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter, IngestConfig config) {
        this(emitter, config.publishTimeout());
    }

    KafkaStatementPublisher(MutinyEmitter<String> emitter, Duration timeout) {
        this.emitter = emitter;
        this.timeout = timeout;
    }

    /** The event id is the statement id: a re-publication is the same event, so consumers can deduplicate. */
    static Headers cloudEventHeaders(String statementId) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(EventSchema.STATEMENT_RECEIVED, statementId)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    @Override
    public void publish(String statementId, String eventJson) throws PublishFailedException {
        Message<String> message = Message.of(eventJson).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(statementId)
                .withHeaders(cloudEventHeaders(statementId))
                .build());
        try {
            emitter.sendMessage(message).await().atMost(timeout);
        } catch (TimeoutException e) {
            throw new PublishFailedException("no acknowledgement within " + timeout.toMillis() + " ms", e);
        } catch (RuntimeException e) {
            // a full emitter buffer, a cancelled channel or a rejected record (nack)
            throw new PublishFailedException(String.valueOf(e.getMessage()), e);
        }
    }
}
