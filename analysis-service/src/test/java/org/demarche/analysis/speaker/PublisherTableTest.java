package org.demarche.analysis.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.demarche.analysis.lexicon.LexiconSet;
import org.demarche.analysis.lexicon.ResourceData;
import org.demarche.contracts.analysis.ActorKind;
import org.junit.jupiter.api.Test;

class PublisherTableTest {

    private static final PublisherTable TABLE = new PublisherTable(LexiconSet.load(new ResourceData()).all());

    private static String code(String publisher) {
        return TABLE.official(publisher).map(s -> s.code()).orElse("-");
    }

    @Test
    void listedPublishers() {
        assertEquals("GB", code("National Cyber Security Centre"));
        assertEquals("US", code("US-CERT (Department of Homeland Security)"));
        assertEquals("JP", code("外務省"));
        assertEquals("ES", code("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación"));
    }

    @Test
    void officialMarkerWithAState() {
        assertEquals("CZ", code("Ministry of Foreign Affairs of the Czech Republic"));
        assertEquals("EE", code("Ministry of the Interior of Estonia"));
    }

    @Test
    void igoPublishers() {
        assertEquals("G7", code("G7 UK Presidency 2021"));
        assertEquals(ActorKind.IGO, TABLE.official("Conseil de l'Union européenne").orElseThrow().kind());
    }

    @Test
    void mediaAndVendorsAreNotOfficial() {
        assertTrue(TABLE.official("Le Monde").isEmpty());
        assertTrue(TABLE.official("Microsoft Security Blog").isEmpty());
        assertTrue(TABLE.official(null).isEmpty());
    }
}
