package org.demarche.ingest.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.kafka.common.header.Headers;
import org.demarche.contracts.EventTypes;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

class KafkaStatementPublisherTest {

    /** Short, and irrelevant to the outcome: the "never acknowledged" emitter never completes. */
    private static final Duration TIMEOUT = Duration.ofMillis(50);

    @Test
    void sendsTheEventKeyedByStatementIdWithBinaryCloudEventsHeaders() throws PublishFailedException {
        FakeEmitter emitter = new FakeEmitter(() -> Uni.createFrom().voidItem());

        new KafkaStatementPublisher(emitter, TIMEOUT).publish("st_1", "{\"json\":true}");

        Message<? extends String> sent = emitter.sent.get(0);
        assertEquals("{\"json\":true}", sent.getPayload());
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> metadata =
                sent.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertEquals("st_1", metadata.getKey());
        Headers headers = metadata.getHeaders();
        assertEquals("1.0", header(headers, "ce_specversion"));
        assertEquals("st_1", header(headers, "ce_id"));
        assertEquals(EventTypes.STATEMENT_RECEIVED_V1, header(headers, "ce_type"));
        assertEquals(EventTypes.INGEST_SOURCE, header(headers, "ce_source"));
        assertEquals("application/json", header(headers, "content-type"));
    }

    @Test
    void noAcknowledgementInTimeIsAPublishFailure() {
        FakeEmitter emitter = new FakeEmitter(() -> Uni.createFrom().nothing());

        PublishFailedException failure = assertThrows(PublishFailedException.class,
                () -> new KafkaStatementPublisher(emitter, TIMEOUT).publish("st_1", "{}"));

        assertTrue(failure.getMessage().contains("no acknowledgement within 50 ms"), failure.getMessage());
    }

    @Test
    void aRejectedRecordIsAPublishFailure() {
        FakeEmitter emitter = new FakeEmitter(() -> Uni.createFrom().failure(new IllegalStateException("nacked")));

        PublishFailedException failure = assertThrows(PublishFailedException.class,
                () -> new KafkaStatementPublisher(emitter, TIMEOUT).publish("st_1", "{}"));

        assertInstanceOf(IllegalStateException.class, failure.getCause());
    }

    @Test
    void aFullEmitterBufferIsAPublishFailure() {
        FakeEmitter emitter = new FakeEmitter(() -> {
            throw new IllegalStateException("buffer full");
        });

        assertThrows(PublishFailedException.class,
                () -> new KafkaStatementPublisher(emitter, TIMEOUT).publish("st_1", "{}"));
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** Answers every send with what the test supplies; only the message-sending path is used by the publisher. */
    private static final class FakeEmitter implements MutinyEmitter<String> {

        private final Supplier<Uni<Void>> acknowledgement;
        final List<Message<? extends String>> sent = new ArrayList<>();

        FakeEmitter(Supplier<Uni<Void>> acknowledgement) {
            this.acknowledgement = acknowledgement;
        }

        @Override
        public <M extends Message<? extends String>> Uni<Void> sendMessage(M message) {
            Uni<Void> outcome = acknowledgement.get();
            sent.add(message);
            return outcome;
        }

        @Override
        public Uni<Void> send(String payload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendAndAwait(String payload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Cancellable sendAndForget(String payload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <M extends Message<? extends String>> void send(M message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <M extends Message<? extends String>> void sendMessageAndAwait(M message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <M extends Message<? extends String>> Cancellable sendMessageAndForget(M message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void complete() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void error(Exception e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}
