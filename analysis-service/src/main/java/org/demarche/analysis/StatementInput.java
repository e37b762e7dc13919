package org.demarche.analysis;

import java.time.Instant;

/**
 * A statement to analyse, with the metadata the caller has. Everything but {@code text} may be null.
 *
 * @param language BCP-47 primary tag given by the caller; it wins over detection
 */
public record StatementInput(
        String statementId,
        String text,
        String publisher,
        String url,
        String publishedAt,
        String language,
        Instant receivedAt) {

    public static StatementInput ofText(String text) {
        return new StatementInput(null, text, null, null, null, null, null);
    }
}
