package org.demarche.ingest.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.EventTypes;
import org.demarche.contracts.StatementReceived;
import org.demarche.contracts.Topics;
import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.demarche.ingest.config.IngestConfig;
import org.demarche.ingest.statement.KafkaStatementPublisher;
import org.demarche.ingest.statement.PublishFailedException;
import org.demarche.ingest.statement.StatementIntake;
import org.demarche.ingest.statement.StatementPublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_ingest"))
class StatementSubmissionTest {

    private static final String ID_PATTERN = "st_[0-9a-f]{32}";

    @Inject
    KafkaStatementPublisher publisher;

    @Inject
    IngestConfig config;

    @Inject
    StatementIntake intake;

    private final EventCodec codec = new EventCodec();
    private TopicReader topic;

    @BeforeEach
    void openTopic() {
        topic = new TopicReader(Topics.STATEMENTS_RAW);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void aJsonStatementIsPublishedWithItsIdAsKeyAndCloudEventsHeaders() {
        String text = unique("Australia, with the United Kingdom, attributes the activity to APT40.");
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publisher", "DFAT", "url", "https://www.dfat.gov.au/news/x",
                        "publishedAt", "2024-07-09T08:00:00+10:00", "language", "EN"))
                .post("/statements");

        response.then().statusCode(202)
                .contentType(ContentType.JSON)
                .body("status", equalTo("accepted"))
                .body("id", matchesPattern(ID_PATTERN))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"));
        String id = response.path("id");
        response.then().header("Location", endsWith("/statements/" + id));

        List<ConsumerRecord<String, String>> records = topic.readToEnd(id);
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals(id, header(record, "ce_id"));
        assertEquals(EventTypes.STATEMENT_RECEIVED_V1, header(record, "ce_type"));
        assertEquals(EventTypes.INGEST_SOURCE, header(record, "ce_source"));
        assertEquals("application/json", header(record, "content-type"));

        // the contract test: what ingest publishes satisfies the statement-received schema
        StatementReceived event = codec.decode(EventSchema.STATEMENT_RECEIVED, record.value());
        assertEquals(id, event.statementId());
        assertEquals(text, event.text());
        assertEquals("DFAT", event.publisher());
        assertEquals("https://www.dfat.gov.au/news/x", event.url());
        assertEquals("2024-07-09T08:00:00+10:00", event.publishedAt());
        assertEquals("en", event.language());
        assertEquals(response.<String>path("contentHash"), event.contentHash());
        assertEquals(response.<String>path("receivedAt"), event.receivedAt().toString());
    }

    @Test
    void theSameTextAndPublisherAgainAnswers200WithTheSameIdAndPublishesNothing() {
        String text = unique("The Government of Japan condemns the cyber activity by Tick.");
        String id = given().contentType(ContentType.JSON).body(Map.of("text", text, "publisher", "MOFA Japan"))
                .post("/statements").then().statusCode(202).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("text", text + "\n", "publisher", "mofa japan "))
                .post("/statements")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("duplicate"))
                .header("Location", endsWith("/statements/" + id));

        assertEquals(1, topic.readToEnd(id).size());
    }

    @Test
    void aPlainTextBodyIsTheTextWithTheOtherFieldsAsQueryParameters() {
        String text = unique("Le ministère de l'Europe et des Affaires étrangères condamne APT28.");
        String id = given().contentType("text/plain; charset=UTF-8")
                .queryParam("publisher", "MEAE").queryParam("language", "fr")
                .queryParam("publishedAt", "2025-04-29")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .post("/statements").then().statusCode(202).extract().path("id");

        given().get("/statements/{id}", id).then().statusCode(200)
                .body("text", equalTo(text))
                .body("publisher", equalTo("MEAE"))
                .body("language", equalTo("fr"))
                .body("publishedAt", equalTo("2025-04-29"))
                .body("status", equalTo("published"));
        StatementReceived event = codec.decode(EventSchema.STATEMENT_RECEIVED, topic.readToEnd(id).get(0).value());
        assertEquals(text, event.text());
    }

    /**
     * Kafka not acknowledging is simulated by a publisher that fails while told to; it delegates to the real one
     * otherwise, so the retry goes to the real broker.
     */
    @Test
    void whenKafkaDoesNotAcknowledgeTheStatementIsKeptPendingAndARetryPublishesIt() {
        SwitchablePublisher switchable = new SwitchablePublisher(ClientProxy.unwrap(publisher), config);
        QuarkusMock.installMockForType(switchable, KafkaStatementPublisher.class);
        String text = unique("NATO allies stand in solidarity with Czechia after the APT28 campaign.");
        Map<String, String> body = Map.of("text", text, "publisher", "NATO");

        switchable.unavailable = true;
        String detail = given().contentType(ContentType.JSON).body(body).post("/statements")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", equalTo("urn:demarche:problem:publish-unavailable"))
                .extract().path("detail");
        assertTrue(topic.readToEnd().stream().noneMatch(r -> r.value().contains(text)));
        Matcher stored = Pattern.compile(ID_PATTERN).matcher(detail);
        assertTrue(stored.find(), detail);
        String pendingId = stored.group();
        given().get("/statements/{id}", pendingId).then().statusCode(200).body("status", equalTo("pending"));

        switchable.unavailable = false;
        given().contentType(ContentType.JSON).body(body).post("/statements")
                .then().statusCode(202)
                .body("id", equalTo(pendingId))
                .body("status", equalTo("accepted"));

        assertEquals(1, topic.readToEnd(pendingId).size());
        given().get("/statements/{id}", pendingId).then().statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void aStatementLeftPendingIsPublishedByTheRepublisher() {
        SwitchablePublisher switchable = new SwitchablePublisher(ClientProxy.unwrap(publisher), config);
        QuarkusMock.installMockForType(switchable, KafkaStatementPublisher.class);
        String text = unique("The EU and its Member States condemn the malicious cyber activities of APT28.");

        switchable.unavailable = true;
        String detail = given().contentType(ContentType.TEXT).queryParam("publisher", "Council of the EU")
                .body(text).post("/statements").then().statusCode(503).extract().path("detail");
        Matcher stored = Pattern.compile(ID_PATTERN).matcher(detail);
        assertTrue(stored.find(), detail);
        switchable.unavailable = false;

        int published = intake.republishPending(Instant.now().plusSeconds(1), Integer.MAX_VALUE);

        assertTrue(published >= 1, "published " + published);
        List<ConsumerRecord<String, String>> records = topic.readToEnd(stored.group());
        assertEquals(1, records.size());
        assertEquals(text, codec.decode(EventSchema.STATEMENT_RECEIVED, records.get(0).value()).text());
        given().get("/statements/{id}", stored.group()).then().body("status", equalTo("published"));
        given().contentType(ContentType.TEXT).queryParam("publisher", "Council of the EU").body(text)
                .post("/statements").then().statusCode(200).body("id", equalTo(stored.group()));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Statements are deduplicated across tests and runs share no state, so each test text is made unique. */
    static String unique(String text) {
        return text + " (" + UUID.randomUUID() + ")";
    }

    /** A subclass because Quarkus mocks a bean through its client proxy, which expects the bean's own class. */
    static final class SwitchablePublisher extends KafkaStatementPublisher {

        private final StatementPublisher real;
        volatile boolean unavailable;

        SwitchablePublisher(StatementPublisher real, IngestConfig config) {
            super(null, config);
            this.real = real;
        }

        @Override
        public void publish(String statementId, String eventJson) throws PublishFailedException {
            if (unavailable) {
                throw new PublishFailedException("simulated: no acknowledgement", null);
            }
            real.publish(statementId, eventJson);
        }
    }
}
