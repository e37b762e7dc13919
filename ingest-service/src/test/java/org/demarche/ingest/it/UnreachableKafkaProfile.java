package org.demarche.ingest.it;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Points the outgoing channel (only) at a port where no broker listens, so records are never acknowledged, and
 * shortens the wait for the acknowledgement.
 */
public class UnreachableKafkaProfile implements QuarkusTestProfile {

    static final String PUBLISH_TIMEOUT = "1s";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.outgoing.statements.bootstrap.servers", "127.0.0.1:1",
                "demarche.ingest.publish-timeout", PUBLISH_TIMEOUT);
    }
}
