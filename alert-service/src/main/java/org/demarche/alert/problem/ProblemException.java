package org.demarche.alert.problem;

import java.util.List;

/** Thrown by resources for a request they reject; mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<String> errors;

    public ProblemException(int status, String type, String title, String detail, List<String> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public static ProblemException invalid(List<String> errors) {
        return new ProblemException(400, Problem.VALIDATION_TYPE, "Invalid request",
                errors.size() == 1 ? errors.get(0) : errors.size() + " problems in the request", errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, Problem.GENERIC_TYPE, "Not Found", what + " does not exist", null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<String> errors() {
        return errors;
    }
}
