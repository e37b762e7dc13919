package org.demarche.infra.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.contracts.Topics;
import org.demarche.infra.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

class KafkaTestResourceTest {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int MAX_POLLS = 60;

    @Test
    void exposesTheBrokerAsQuarkusConfiguration() {
        Map<String, String> config = new KafkaTestResource().start();

        assertEquals(KafkaTestResource.bootstrapServers(), config.get("kafka.bootstrap.servers"));
    }

    @Test
    void createsEveryPipelineTopicWithItsPartitions() throws Exception {
        String bootstrap = KafkaTestResource.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> names = admin.listTopics().names().get();
            for (Topics.Spec spec : Topics.ALL) {
                assertTrue(names.contains(spec.name()), spec.name() + " missing from " + names);
                int partitions = admin.describeTopics(List.of(spec.name())).allTopicNames().get()
                        .get(spec.name()).partitions().size();
                assertEquals(spec.partitions(), partitions, spec.name());
            }
        }
    }

    @Test
    void aProducedRecordCanBeConsumed() throws Exception {
        String bootstrap = KafkaTestResource.bootstrapServers();
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.STATEMENTS_RAW_DEAD_LETTER, key, "{\"hello\":1}")).get();
        }

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.STATEMENTS_RAW_DEAD_LETTER));
            for (int i = 0; i < MAX_POLLS && received.stream().noneMatch(r -> key.equals(r.key())); i++) {
                consumer.poll(POLL).forEach(received::add);
            }
        }

        ConsumerRecord<String, String> record = received.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("record not consumed"));
        assertEquals("{\"hello\":1}", record.value());
    }
}
