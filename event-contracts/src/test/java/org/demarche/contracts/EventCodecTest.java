package org.demarche.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.demarche.contracts.analysis.ActorKind;
import org.demarche.contracts.analysis.Attribution;
import org.demarche.contracts.analysis.Condemnation;
import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.Denial;
import org.demarche.contracts.analysis.GroupMention;
import org.demarche.contracts.analysis.Naming;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Provenance;
import org.demarche.contracts.analysis.Speaker;
import org.demarche.contracts.analysis.Stance;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    static StatementReceived received() {
        return new StatementReceived(1, "st_1", "Japan condemns APT40.", "MOFA Japan", "https://example.org/s",
                "2021-07-19", "en", Instant.parse("2021-07-19T10:00:00Z"), "a".repeat(64));
    }

    static StatementAnalyzed analyzed() {
        String sentence = "Japan assesses that APT40 is highly likely backed by the Chinese government.";
        Provenance provenance = new Provenance("en.attribution.backed-by", 0, sentence.length());
        return new StatementAnalyzed(1, "st_1", "en", "demarche-analyzer/test", "MOFA Japan", null, "2021-07-19",
                Instant.parse("2021-07-19T10:00:00Z"), Instant.parse("2021-07-19T10:00:01Z"),
                new Speaker("JP", ActorKind.STATE, "Japan"),
                List.of(new GroupMention("APT40", "apt40", "APT40", true, "CN")),
                List.of(new Attribution("JP", "APT40", "apt40", "CN", Stance.OWN, Confidence.HIGHLY_LIKELY, sentence,
                        provenance)),
                List.of(new Condemnation("JP", "CN", sentence, provenance)),
                List.of(new Denial("CN", "APT40", "apt40", sentence, provenance)),
                List.of(new Naming("JP", "APT40", "apt40", NamingKind.ATTRIBUTION, Stance.OWN, "CN",
                        Confidence.HIGHLY_LIKELY, sentence)));
    }

    @Test
    void eventsSurviveARoundTrip() {
        assertEquals(received(), codec.decode(EventSchema.STATEMENT_RECEIVED,
                codec.encode(EventSchema.STATEMENT_RECEIVED, received())));
        assertEquals(analyzed(), codec.decode(EventSchema.STATEMENT_ANALYZED,
                codec.encode(EventSchema.STATEMENT_ANALYZED, analyzed())));
    }

    @Test
    void schemasDescribeExactlyTheFieldsOfTheirTypes() throws Exception {
        for (EventSchema<?> contract : EventSchema.ALL) {
            Set<String> components = new TreeSet<>(Arrays.stream(contract.type().getRecordComponents())
                    .map(c -> c.getName()).toList());
            Set<String> properties = new TreeSet<>();
            try (InputStream in = EventCodec.class.getResourceAsStream(contract.schemaResource())) {
                JsonNode schema = new ObjectMapper().readTree(in);
                schema.path("properties").fieldNames().forEachRemaining(properties::add);
            }
            assertEquals(components, properties, contract.cloudEventType());
        }
    }

    @Test
    void aRecordMissingARequiredFieldIsRejectedWithTheReason() {
        String json = codec.encode(EventSchema.STATEMENT_RECEIVED, received()).replace("\"text\":", "\"body\":");
        ContractViolationException e = assertThrows(ContractViolationException.class,
                () -> codec.decode(EventSchema.STATEMENT_RECEIVED, json));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
    }

    @Test
    void anUnknownEnumValueIsRejected() {
        String json = codec.encode(EventSchema.STATEMENT_ANALYZED, analyzed()).replace("\"OWN\"", "\"MAYBE\"");
        assertThrows(ContractViolationException.class, () -> codec.decode(EventSchema.STATEMENT_ANALYZED, json));
    }

    @Test
    void somethingThatIsNotJsonIsRejected() {
        ContractViolationException e = assertThrows(ContractViolationException.class,
                () -> codec.decode(EventSchema.STATEMENT_RECEIVED, "{not json"));
        assertTrue(e.problems().get(0).startsWith("not JSON"), e.getMessage());
    }

    @Test
    void aProducerCannotPublishWhatConsumersWouldReject() {
        StatementReceived empty = new StatementReceived(1, "st_1", "", null, null, null, null,
                Instant.parse("2021-07-19T10:00:00Z"), "a".repeat(64));
        assertThrows(ContractViolationException.class, () -> codec.encode(EventSchema.STATEMENT_RECEIVED, empty));
    }
}
