package org.demarche.contracts.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
