package org.demarche.ingest.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isSha256OfPublisherLineFeedTextAsLowerCaseHex() {
        // printf 'mofa\nStatement' | sha256sum
        assertEquals("56a4a9633b4804169620120177a4dbda3159baa667cd96f9a5688c510c0af91f",
                ContentHash.of("MOFA", "Statement"));
        assertEquals(ContentHash.of("mofa", "Statement"), ContentHash.of(" MOFA ", "Statement"));
    }

    @Test
    void ignoresCopyAndPasteDifferences() {
        String hash = ContentHash.of("Ministry of Foreign Affairs", "Line one.\nLine two é.");
        assertEquals(hash, ContentHash.of(" ministry  of\tforeign affairs ", "  Line one.\r\nLine two e\u0301.\n"));
    }

    @Test
    void keepsDifferencesOfWordingCaseAndPublisher() {
        String hash = ContentHash.of("MOFA", "APT40 is responsible.");
        assertNotEquals(hash, ContentHash.of("MOFA", "apt40 is responsible."));
        assertNotEquals(hash, ContentHash.of("MOD", "APT40 is responsible."));
        assertNotEquals(hash, ContentHash.of(null, "APT40 is responsible."));
        assertNotEquals(hash, ContentHash.of("MOFA", "APT40  is responsible."));
    }

    @Test
    void anAbsentPublisherIsTheEmptyOne() {
        assertEquals(ContentHash.of(null, "t"), ContentHash.of("", "t"));
    }
}
