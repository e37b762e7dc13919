package org.demarche.alert.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code errors} lists every individual problem of a rejected request, so that a client
 * can fix them all at once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String GENERIC_TYPE = "about:blank";
    public static final String VALIDATION_TYPE = "urn:demarche:problem:invalid-request";

    public Problem {
        errors = errors == null ? null : List.copyOf(errors);
    }
}
