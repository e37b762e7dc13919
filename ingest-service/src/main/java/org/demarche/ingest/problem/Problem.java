package org.demarche.ingest.problem;

import java.net.URI;

/** An RFC 9457 problem details body, served as {@code application/problem+json}. */
public record Problem(URI type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** RFC 9457: the type to use when the status code says all there is to say. */
    static final URI ABOUT_BLANK = URI.create("about:blank");

    static Problem of(ProblemType problem, String detail, String instance) {
        return new Problem(problem.type(), problem.title(), problem.status(), detail, instance);
    }
}
