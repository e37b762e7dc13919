package org.demarche.analysis.benchmark;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.demarche.analysis.Analyzer;
import org.demarche.analysis.StatementInput;
import org.demarche.contracts.StatementAnalyzed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput of {@link Analyzer#analyze} on ~2 KB statements mixed over the ten languages, one thread: the score
 * is statements per second per core. The language is not given, as on most {@code statements.raw} records, so
 * detection is measured too.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class AnalyzerBenchmark {

    private Analyzer analyzer;
    private List<StatementInput> statements;

    /** Each benchmark thread walks the statements round-robin from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void buildAnalyzer() {
        analyzer = Analyzer.fromClasspath(Clock.systemUTC());
        analyzer.buildLookupTables().join();
        statements = BenchmarkStatements.mixed().stream()
                .map(statement -> StatementInput.ofText(statement.text()))
                .toList();
    }

    @Benchmark
    public StatementAnalyzed analyze(Cursor cursor) {
        StatementInput statement = statements.get(cursor.next);
        cursor.next = (cursor.next + 1) % statements.size();
        return analyzer.analyze(statement);
    }
}
