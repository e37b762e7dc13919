package org.demarche.analysis.api;

/**
 * Body of {@code POST /analysis}: the statement text and whatever metadata the caller has. Only {@code text} is
 * required; {@code statementId} lets a caller correlate the answer with its own record.
 */
public record AnalysisRequest(
        String text,
        String publisher,
        String publishedAt,
        String url,
        String language,
        String statementId) {
}
