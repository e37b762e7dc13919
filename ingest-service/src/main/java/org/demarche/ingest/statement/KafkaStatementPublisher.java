package org.demarche.ingest.statement;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    static final String CHANNEL = "statements";

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

    @Override
    public void publish(String statementId, String eventJson) throws PublishFailedException {
        Message<String> message = Message.of(eventJson).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(statementId)
                .withHeaders(CloudEventHeaders.forStatement(statementId))
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
