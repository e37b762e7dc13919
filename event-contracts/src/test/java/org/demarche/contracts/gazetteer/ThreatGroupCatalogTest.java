package org.demarche.contracts.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class ThreatGroupCatalogTest {

    private static final ThreatGroupCatalog CATALOG = ThreatGroupCatalog.load();

    private static String idOf(String name) {
        return CATALOG.resolve(name).map(ThreatGroup::id).orElse(null);
    }

    @Test
    void aliasesResolveToTheirGroupWhateverTheSpelling() {
        assertEquals("apt40", idOf("Leviathan"));
        assertEquals("apt40", idOf("APT 40"));
        assertEquals("apt40", idOf("apt-40"));
        assertEquals("bronze-butler", idOf("Tick"));
    }

    @Test
    void shortFormsWithoutGroupOrTeamResolve() {
        assertEquals("lazarus-group", idOf("Lazarus"));
        assertEquals("sandworm-team", idOf("Sandworm"));
    }

    @Test
    void unknownNamesResolveToNothing() {
        assertTrue(CATALOG.resolve("Definitely Not A Group 123").isEmpty());
        assertTrue(CATALOG.resolve("  ").isEmpty());
        assertTrue(CATALOG.resolve(null).isEmpty());
    }

    @Test
    void theWholeGazetteerIsLoaded() {
        assertEquals(1039, CATALOG.groups().size());
        assertEquals("CN", CATALOG.byId("apt40").orElseThrow().sponsor());
    }

    @Test
    void everyGroupHoldsWhatItsRecordInTheFileSays() throws Exception {
        JsonNode file;
        try (InputStream in = ThreatGroupCatalog.class.getResourceAsStream("threat-groups.json")) {
            file = new ObjectMapper().readTree(in);
        }
        List<ThreatGroup> expected = new ArrayList<>();
        for (JsonNode g : file.path("groups")) {
            List<String> aliases = new ArrayList<>();
            g.path("aliases").forEach(a -> aliases.add(a.asText()));
            expected.add(new ThreatGroup(g.path("id").asText(), g.path("name").asText(), aliases,
                    g.path("sponsor").isNull() || g.path("sponsor").isMissingNode() ? null : g.path("sponsor").asText(),
                    g.path("attackId").isNull() || g.path("attackId").isMissingNode() ? null
                            : g.path("attackId").asText()));
        }
        assertEquals(expected, CATALOG.groups());
    }

    @Test
    void skipsWhatItDoesNotKnowAndRefusesWhatIsNotACatalog() throws Exception {
        String json = "{\"generated\": {\"by\": [1, 2]}, \"groups\": [{\"mispUuid\": \"x\", \"id\": \"g1\", "
                + "\"name\": \"Group One\", \"aliases\": [\"G-1\"], \"sponsor\": null, \"extra\": {\"a\": [{}]}}]}";
        ThreatGroupCatalog catalog = ThreatGroupCatalog.fromJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new ThreatGroup("g1", "Group One", List.of("G-1"), null, null)), catalog.groups());
        assertEquals("g1", catalog.resolve("g 1").orElseThrow().id());
        assertThrows(IOException.class, () -> ThreatGroupCatalog.fromJson(
                new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))));
    }
}
