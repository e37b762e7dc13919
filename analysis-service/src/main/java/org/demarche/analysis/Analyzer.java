package org.demarche.analysis;

import java.time.Clock;
import java.util.List;

import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.ActorKind;
import org.demarche.contracts.analysis.Speaker;

/**
 * Entry point of the plain-Java analysis core: thread-safe, built once (it compiles the gazetteers and lexicons
 * into automata), then used for every statement. No Quarkus in here.
 */
public final class Analyzer {

    private final Clock clock;

    private Analyzer(Clock clock) {
        this.clock = clock;
    }

    /** Builds the analyzer from the gazetteers and lexicons on the classpath. */
    public static Analyzer fromClasspath(Clock clock) {
        return new Analyzer(clock);
    }

    public String version() {
        return "0.0.0-skeleton";
    }

    public StatementAnalyzed analyze(StatementInput input) {
        // skeleton: replaced by the real analysis
        return new StatementAnalyzed(StatementAnalyzed.SCHEMA_VERSION, input.statementId(), input.language(),
                version(), input.publisher(), input.url(), input.publishedAt(), input.receivedAt(), clock.instant(),
                new Speaker(null, ActorKind.NON_STATE, null), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
