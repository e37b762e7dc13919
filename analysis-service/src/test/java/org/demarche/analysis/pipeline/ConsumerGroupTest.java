package org.demarche.analysis.pipeline;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.demarche.analysis.runtime.AnalysisConfig;
import org.demarche.infra.testing.KafkaTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ConsumerGroupTest {

    @Inject
    AnalysisConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.statements-raw.group.id")
    String channelGroup;

    @Test
    void consumesStatementsAsTheConfiguredGroup() {
        assertEquals("analysis-service", config.consumerGroup());
        assertEquals(config.consumerGroup(), channelGroup);
        awaitActiveMembers(bootstrapServers, config.consumerGroup());
    }

    /** The broker knows the group and the service is one of its members. */
    static void awaitActiveMembers(String bootstrap, String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get();
                return !description.members().isEmpty();
            });
        }
    }
}
