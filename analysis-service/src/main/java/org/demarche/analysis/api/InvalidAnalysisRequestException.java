package org.demarche.analysis.api;

/** A {@code POST /analysis} request that cannot be analysed as sent; reported as problem+json. */
class InvalidAnalysisRequestException extends RuntimeException {

    private final ProblemType problem;

    InvalidAnalysisRequestException(ProblemType problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    ProblemType problem() {
        return problem;
    }
}
