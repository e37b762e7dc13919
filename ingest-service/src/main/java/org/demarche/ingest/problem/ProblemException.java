package org.demarche.ingest.problem;

/** A failure the client should see as a specific problem; the message becomes the problem's {@code detail}. */
public class ProblemException extends RuntimeException {

    private final ProblemType problem;

    public ProblemException(ProblemType problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public ProblemException(ProblemType problem, String detail, Throwable cause) {
        super(detail, cause);
        this.problem = problem;
    }

    public ProblemType problem() {
        return problem;
    }
}
