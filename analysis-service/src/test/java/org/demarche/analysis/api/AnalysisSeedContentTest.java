package org.demarche.analysis.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.infra.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the real analyzer must find in an obvious statement, through the HTTP edge. Only facts that any correct
 * analysis of the text contains are asserted, not the full tagging.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class AnalysisSeedContentTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void findsTheNamedGroupAndItsSponsorInAnObviousEnglishStatement() {
        String body = given().contentType("application/json").body("""
                {"text": "The United Kingdom, together with its allies, today attributes the compromise of its \
                parliamentary networks to APT40, a cyber threat group acting on behalf of the Chinese Ministry of \
                State Security. We call on China to end this irresponsible behaviour.",
                 "publisher": "Foreign, Commonwealth & Development Office", "language": "en"}"""
                .getBytes(StandardCharsets.UTF_8))
                .when().post("/analysis")
                .then().statusCode(200).extract().asString();

        StatementAnalyzed analysis = codec.decode(EventSchema.STATEMENT_ANALYZED, body);
        assertTrue(analysis.groups().stream().anyMatch(group -> "APT40".equals(group.name()) && group.known()),
                "APT40 in " + analysis.groups());
        assertTrue(analysis.attributions().stream()
                        .anyMatch(a -> "GB".equals(a.attributor()) && "CN".equals(a.sponsor())),
                "GB holds CN responsible in " + analysis.attributions());
    }
}
