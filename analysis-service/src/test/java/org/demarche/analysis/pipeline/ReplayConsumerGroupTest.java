package org.demarche.analysis.pipeline;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.analysis.runtime.AnalysisConfig;
import org.demarche.contracts.Topics;
import org.demarche.infra.testing.KafkaTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Researchers replay history by starting the service with a consumer group of their own. */
@QuarkusTest
@TestProfile(ReplayConsumerGroupTest.ReplayGroup.class)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ReplayConsumerGroupTest {

    private static final String REPLAY_GROUP = "analysis-replay-test";
    private static final Duration CAUGHT_UP = Duration.ofSeconds(60);

    public static class ReplayGroup implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("demarche.analysis.consumer-group", REPLAY_GROUP);
        }
    }

    @Inject
    AnalysisConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void consumesAsTheGroupGivenInConfiguration() {
        assertEquals(REPLAY_GROUP, config.consumerGroup());
        ConsumerGroupTest.awaitActiveMembers(bootstrapServers, REPLAY_GROUP);
    }

    /** Whatever other tests or earlier runs left in statements.raw, the new group works through all of it. */
    @Test
    void aNewGroupWorksThroughTheWholeTopic() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.STATEMENTS_RAW, "replay-marker", "not a statement"))
                    .get(30, TimeUnit.SECONDS);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, Long> ends = endOffsets(admin);
            await().atMost(CAUGHT_UP).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(REPLAY_GROUP)
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(Topics.STATEMENTS_RAW)).allTopicNames().get()
                .get(Topics.STATEMENTS_RAW).partitions().stream()
                .map(info -> new TopicPartition(Topics.STATEMENTS_RAW, info.partition()))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
