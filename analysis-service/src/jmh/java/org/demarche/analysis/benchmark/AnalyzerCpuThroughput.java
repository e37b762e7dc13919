package org.demarche.analysis.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;

import org.demarche.analysis.Analyzer;
import org.demarche.analysis.StatementInput;

/**
 * Statements per CPU-second of {@link Analyzer#analyze} on the JMH benchmark statements, one calling thread: the
 * JMH score counts wall-clock time, which on a machine shared with other builds says more about the neighbours than
 * about the analyzer. This counts the CPU time of the whole process instead (the calling thread, Lingua's pool
 * thread, the JIT and GC), so it is a per-core figure even when the machine is busy. Each round also prints the
 * wall-clock rate and the load average.
 *
 * <p>Arguments (all optional): {@code warmup=20 seconds=10 rounds=3}.
 */
public final class AnalyzerCpuThroughput {

    private static final int MAX_SECONDS = 600;
    private static final int MAX_ROUNDS = 20;

    private AnalyzerCpuThroughput() {
    }

    public static void main(String[] args) {
        BenchmarkArguments options = new BenchmarkArguments(args);
        int warmup = options.number("warmup", 20, 0, MAX_SECONDS);
        int seconds = options.number("seconds", 10, 1, MAX_SECONDS);
        int rounds = options.number("rounds", 3, 1, MAX_ROUNDS);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long buildStart = System.nanoTime();
        Analyzer analyzer = Analyzer.fromClasspath(Clock.systemUTC());
        analyzer.buildLookupTables().join();
        System.out.printf("analyzer built in %d ms%n", (System.nanoTime() - buildStart) / 1_000_000);
        List<StatementInput> statements = BenchmarkStatements.mixed().stream()
                .map(statement -> StatementInput.ofText(statement.text()))
                .toList();

        int next = run(analyzer, statements, 0, warmup);
        for (int round = 1; round <= rounds; round++) {
            long cpuStart = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            int before = next;
            next = run(analyzer, statements, next, seconds);
            int done = next - before;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            System.out.printf("round %d: %d statements, %.0f per CPU-second, %.0f per wall-clock second, "
                    + "load average %.1f%n", round, done, done / cpu, done / wall, os.getSystemLoadAverage());
        }
    }

    /** Analyses statements round-robin for the given seconds; returns the position reached. */
    private static int run(Analyzer analyzer, List<StatementInput> statements, int from, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int position = from;
        while (System.nanoTime() < end) {
            analyzer.analyze(statements.get(position % statements.size()));
            position++;
        }
        return position;
    }
}
