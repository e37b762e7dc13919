package org.demarche.analysis.runtime;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.time.Duration;

import jakarta.inject.Inject;

import org.demarche.analysis.Analyzer;
import org.demarche.infra.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ReadinessTest {

    private static final String WARM_UP = "checks.find { it.name == 'warm-up' }";

    @Inject
    Analyzer analyzer;

    @Test
    void isReadyOnceBothKafkaChannelsAreConnected() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("statements-raw"))
                .body(containsString("statements-analyzed")));
    }

    @Test
    void isReadyOnlyOnceTheWholeWarmUpIsDone() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(WARM_UP + ".status", equalTo("UP"))
                .body(WARM_UP + ".data.state", equalTo("DONE"))
                .body(WARM_UP + ".data", hasKey(AnalysisWarmUp.ANALYSIS + " ms"))
                .body(WARM_UP + ".data", hasKey(AnalysisWarmUp.KAFKA_PRODUCER + " ms"))
                .body(WARM_UP + ".data", hasKey(AnalysisWarmUp.KAFKA_CONSUMER + " ms")));
    }

    @Test
    void buildsTheLookupTablesOnceReady() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).until(analyzer::lookupTablesBuilt);
    }
}
