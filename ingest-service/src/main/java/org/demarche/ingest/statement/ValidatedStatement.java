package org.demarche.ingest.statement;

/**
 * A submission that passed {@link StatementRules}: text is non-blank and within limits, optional fields are null or
 * valid (publisher stripped, language lower-cased).
 */
public record ValidatedStatement(String text, String publisher, String url, String publishedAt, String language) {
}
