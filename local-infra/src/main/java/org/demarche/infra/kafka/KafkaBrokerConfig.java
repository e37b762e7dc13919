package org.demarche.infra.kafka;

import java.nio.file.Path;

/**
 * Where and on which loopback ports a single-node broker runs. The controller port only serves the KRaft quorum of
 * this one node, but it must stay stable across restarts of the same data directory.
 */
public record KafkaBrokerConfig(Path dataDir, int port, int controllerPort) {

    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** A single node: every replication factor and in-sync minimum is 1, and consumer groups start without delay. */
    String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + NODE_ID,
                "controller.quorum.voters=" + NODE_ID + "@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("kraft-log"),
                "num.partitions=1",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }
}
