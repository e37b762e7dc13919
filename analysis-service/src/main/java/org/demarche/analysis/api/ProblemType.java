package org.demarche.analysis.api;

import java.net.URI;

/** The problems {@code POST /analysis} reports itself, each with a stable RFC 9457 type URI. */
enum ProblemType {

    MALFORMED_JSON(400, "malformed-json", "Request body is not a JSON object of the expected shape"),
    BLANK_TEXT(400, "blank-text", "Statement text is missing or blank"),
    INVALID_LANGUAGE(400, "invalid-language", "Language is not a BCP 47 tag with a two- or three-letter language"),
    TEXT_TOO_LARGE(413, "text-too-large", "Statement text is too large"),
    INTERNAL(500, "internal-error", "The statement could not be analysed");

    private static final String TYPE_PREFIX = "urn:demarche:problem:";

    final int status;
    final URI type;
    final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(TYPE_PREFIX + slug);
        this.title = title;
    }
}
