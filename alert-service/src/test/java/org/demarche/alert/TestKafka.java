package org.demarche.alert;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.EventTypes;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.Topics;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Publishes to {@code statements.analyzed} as analysis-service does (binary CloudEvents, EventCodec JSON). All
 * records go to partition 0, so they are consumed in the order sent: a record sent after another proves the first
 * was processed once its own effect is visible.
 */
public final class TestKafka {

    private static final EventCodec CODEC = new EventCodec();

    private TestKafka() {
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static void publish(StatementAnalyzed statement) {
        publishRaw(statement.statementId(), CODEC.encode(EventSchema.STATEMENT_ANALYZED, statement));
    }

    private static KafkaProducer<String, String> producer;
    private static volatile Instant lastPublishedAt;

    /** When the broker acknowledged the last record sent. */
    public static Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    /** One producer for the whole test run, as creating one costs a metadata round trip. */
    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                    ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** Sends any value with the CloudEvents headers of a statement-analyzed event. */
    public static void publishRaw(String key, String value) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.STATEMENTS_ANALYZED, 0, key, value);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_type", EventTypes.STATEMENT_ANALYZED_V1);
            header(record, "ce_source", EventTypes.ANALYSIS_SOURCE);
            header(record, "content-type", "application/json");
            producer().send(record).get();
            lastPublishedAt = Instant.now();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + key, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Everything on a topic right now (one poll round over all its partitions from the beginning). */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
