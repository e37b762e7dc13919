package org.demarche.ingest.warmup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.demarche.ingest.statement.StatementEntity;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_ingest"))
class StartupWarmUpTest {

    private static final String WARM_UP = "checks.find { it.name == 'warm-up' }";

    @Test
    void readinessWaitsForTheWholeWarmUp() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(WARM_UP + ".status", equalTo("UP"))
                .body(WARM_UP + ".data.state", equalTo("DONE"))
                .body(WARM_UP + ".data", hasKey(IngestWarmUp.KAFKA_PRODUCER + " ms"))
                .body(WARM_UP + ".data", hasKey(IngestWarmUp.INTAKE + " ms"))
                .body(WARM_UP + ".data", hasKey(IngestWarmUp.STORE + " ms")));
    }

    @Test
    void theWarmUpLeavesNoStatementBehind() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body(WARM_UP + ".data.state", equalTo("DONE")));

        assertEquals(0L, QuarkusTransaction.requiringNew().call(
                () -> StatementEntity.count("publisher", IngestWarmUp.SAMPLE_PUBLISHER)));
    }
}
