package org.demarche.analysis.pipeline;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.EventTypes;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.StatementReceived;
import org.demarche.contracts.Topics;
import org.demarche.infra.testing.KafkaTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class StatementPipelineTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    /** Both records of the dead-letter test go to one partition, so that the good one is read after the bad one. */
    private static final int SAME_PARTITION = 0;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final EventCodec codec = new EventCodec();
    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void publishesTheAnalysisOfAReceivedStatementKeyedByStatementIdWithCloudEventsHeaders() throws Exception {
        StatementReceived statement = statement("The Government of Australia attributes this activity to APT40.");
        send(new ProducerRecord<>(Topics.STATEMENTS_RAW, statement.statementId(), encode(statement)));

        try (TopicProbe analyzed = new TopicProbe(bootstrapServers, Topics.STATEMENTS_ANALYZED)) {
            ConsumerRecord<String, String> record = awaitRecord(analyzed, statement.statementId());

            StatementAnalyzed analysis = codec.decode(EventSchema.STATEMENT_ANALYZED, record.value());
            assertEquals(statement.statementId(), analysis.statementId());
            assertEquals(statement.publisher(), analysis.publisher());
            assertEquals(statement.url(), analysis.url());
            assertEquals(statement.publishedAt(), analysis.publishedAt());
            assertEquals(statement.receivedAt(), analysis.receivedAt());
            assertFalse(analysis.analyzerVersion().isBlank());

            assertEquals("1.0", header(record, "ce_specversion"));
            assertEquals(EventTypes.STATEMENT_ANALYZED_V1, header(record, "ce_type"));
            assertEquals(EventTypes.ANALYSIS_SOURCE, header(record, "ce_source"));
            assertEquals("application/json", header(record, "content-type"));
            assertTrue(header(record, "ce_id").startsWith(statement.statementId() + "/"), header(record, "ce_id"));
        }
    }

    @Test
    void sendsUnreadableRecordsToTheDeadLetterTopicAndCarriesOn() throws Exception {
        String notJson = "bad-json-" + UUID.randomUUID();
        String breaksContract = "bad-contract-" + UUID.randomUUID();
        StatementReceived good = statement("Sandworm is held responsible by the Netherlands.");
        send(new ProducerRecord<>(Topics.STATEMENTS_RAW, SAME_PARTITION, notJson, "{\"text\": "));
        send(new ProducerRecord<>(Topics.STATEMENTS_RAW, SAME_PARTITION, breaksContract,
                "{\"schemaVersion\": 1, \"text\": \"no id, no receivedAt\"}"));
        send(new ProducerRecord<>(Topics.STATEMENTS_RAW, SAME_PARTITION, good.statementId(), encode(good)));

        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers, Topics.STATEMENTS_RAW_DEAD_LETTER);
                TopicProbe analyzed = new TopicProbe(bootstrapServers, Topics.STATEMENTS_ANALYZED)) {
            for (String key : new String[] {notJson, breaksContract}) {
                ConsumerRecord<String, String> dead = awaitRecord(deadLetters, key);
                String reason = header(dead, "dead-letter-reason");
                assertTrue(reason.contains(EventTypes.STATEMENT_RECEIVED_V1), reason);
            }
            assertEquals(good.statementId(),
                    codec.decode(EventSchema.STATEMENT_ANALYZED, awaitRecord(analyzed, good.statementId()).value())
                            .statementId());
        }
    }

    private static StatementReceived statement(String text) {
        String id = UUID.randomUUID().toString();
        String hash = sha256(text);
        return new StatementReceived(StatementReceived.SCHEMA_VERSION, id, text, "Test Ministry",
                "https://example.org/statements/" + id, "2024-03-25", null,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), hash);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String encode(StatementReceived statement) {
        return codec.encode(EventSchema.STATEMENT_RECEIVED, statement);
    }

    /** As ingest-service writes them: binary-mode CloudEvents headers around an EventCodec body. */
    private void send(ProducerRecord<String, String> record)
            throws InterruptedException, ExecutionException, TimeoutException {
        addHeader(record, "ce_specversion", "1.0");
        addHeader(record, "ce_id", record.key());
        addHeader(record, "ce_type", EventTypes.STATEMENT_RECEIVED_V1);
        addHeader(record, "ce_source", EventTypes.INGEST_SOURCE);
        addHeader(record, "content-type", "application/json");
        producer.send(record).get(ARRIVAL.toSeconds(), TimeUnit.SECONDS);
    }

    private static void addHeader(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static ConsumerRecord<String, String> awaitRecord(TopicProbe probe, String key) {
        return await().atMost(ARRIVAL).until(() -> probe.find(key), found -> found.isPresent()).orElseThrow();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertTrue(header != null, "header " + name + " on " + record.topic());
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
