package org.demarche.analysis.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.demarche.analysis.Analyzer;
import org.demarche.analysis.StatementInput;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementReceived;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What the Kafka processor does per record, without Kafka: decode the {@code StatementReceived} JSON (schema
 * check included), analyse, encode the {@code StatementAnalyzed} (schema check included). Set against
 * {@link AnalyzerBenchmark}, it shows what the contracts cost per record.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class StatementRecordBenchmark {

    private final EventCodec codec = new EventCodec();
    private Analyzer analyzer;
    private List<String> records;

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup
    public void buildAnalyzerAndRecords() {
        analyzer = Analyzer.fromClasspath(Clock.systemUTC());
        analyzer.buildLookupTables().join();
        List<BenchmarkStatements.Statement> statements = BenchmarkStatements.mixed();
        records = statements.stream()
                .map(statement -> codec.encode(EventSchema.STATEMENT_RECEIVED, received(statement)))
                .toList();
    }

    @Benchmark
    public String analyzeRecord(Cursor cursor) {
        String record = records.get(cursor.next);
        cursor.next = (cursor.next + 1) % records.size();
        StatementReceived statement = codec.decode(EventSchema.STATEMENT_RECEIVED, record);
        StatementInput input = new StatementInput(statement.statementId(), statement.text(), statement.publisher(),
                statement.url(), statement.publishedAt(), statement.language(), statement.receivedAt());
        return codec.encode(EventSchema.STATEMENT_ANALYZED, analyzer.analyze(input));
    }

    private static StatementReceived received(BenchmarkStatements.Statement statement) {
        String hash = sha256(statement.text());
        return new StatementReceived(StatementReceived.SCHEMA_VERSION, hash.substring(0, 32), statement.text(),
                "Benchmark Ministry", "https://example.org/" + hash.substring(0, 8), "2024-01-01", null,
                Instant.parse("2024-01-02T03:04:05Z"), hash);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
