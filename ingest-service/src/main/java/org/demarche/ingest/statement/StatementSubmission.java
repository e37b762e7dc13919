package org.demarche.ingest.statement;

/** What a client sent, field by field, before any validation; every field may be null. */
public record StatementSubmission(String text, String publisher, String url, String publishedAt, String language) {
}
