package org.demarche.ingest.problem;

import java.net.URI;

/** The problems ingest-service reports itself, each with a stable RFC 9457 type URI and an HTTP status. */
public enum ProblemType {

    INVALID_REQUEST(400, "invalid-request", "The request is not a valid statement submission"),
    BLANK_TEXT(400, "blank-text", "Statement text is missing or blank"),
    INVALID_FIELD(400, "invalid-field", "A statement field has an invalid value"),
    TEXT_TOO_LARGE(413, "text-too-large", "Statement text is too large"),
    UNSUPPORTED_CHARSET(415, "unsupported-charset", "The body's charset is not supported"),
    STATEMENT_NOT_FOUND(404, "statement-not-found", "No statement has this id"),
    PUBLISH_UNAVAILABLE(503, "publish-unavailable",
            "The statement is stored but could not be handed to Kafka; retry the same request later"),
    INTERNAL(500, "internal-error", "The request failed; the failure has been logged");

    private static final String TYPE_PREFIX = "urn:demarche:problem:";

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(TYPE_PREFIX + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }
}
