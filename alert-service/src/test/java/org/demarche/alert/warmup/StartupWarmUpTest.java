package org.demarche.alert.warmup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.demarche.alert.alerting.Alert;
import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_alert"))
class StartupWarmUpTest {

    private static final String WARM_UP = "checks.find { it.name == 'warm-up' }";

    @Test
    void readinessWaitsForTheWholeWarmUp() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(WARM_UP + ".status", equalTo("UP"))
                .body(WARM_UP + ".data.state", equalTo("DONE"))
                .body(WARM_UP + ".data", hasKey(AlertWarmUp.ALERTING + " ms"))
                .body(WARM_UP + ".data", hasKey(AlertWarmUp.DELIVERY_QUERIES + " ms"))
                .body(WARM_UP + ".data", hasKey(AlertWarmUp.WEBHOOK + " ms"))
                .body(WARM_UP + ".data", hasKey(AlertWarmUp.KAFKA_CONSUMER + " ms")));
    }

    @Test
    void theWarmUpLeavesNoAlertBehind() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body(WARM_UP + ".data.state", equalTo("DONE")));

        assertEquals(0L, QuarkusTransaction.requiringNew().call(
                () -> Alert.count("statementId", AlertWarmUp.SAMPLE_ID)));
    }
}
