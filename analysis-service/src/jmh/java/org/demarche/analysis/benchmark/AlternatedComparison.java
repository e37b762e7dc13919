package org.demarche.analysis.benchmark;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How much faster (or slower) this build's analyzer is than another build's, both loaded into one JVM by their own
 * class loaders and timed in alternation on the benchmark statements: the two share every moment of the machine's
 * load, so their ratio holds on a busy machine where absolute figures wander by a third. Each round times a number
 * of passes over the statements with the calling thread's CPU time, first one build then the other (the order
 * swaps every round); the median of the per-round ratios after two warm-up rounds is the result.
 *
 * <p>Arguments: {@code baseline=DIR} (the other build's {@code target/classes}, e.g. of a {@code git worktree} at an
 * older commit, compiled), optionally {@code rounds=30 passes=10}. A ratio above 1 means this build is faster.
 */
public final class AlternatedComparison {

    private static final int WARM_UP_ROUNDS = 2;
    private static final int MAX_ROUNDS = 1000;
    private static final int MAX_PASSES = 1000;

    private AlternatedComparison() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArguments options = new BenchmarkArguments(args);
        String baseline = options.text("baseline", "");
        if (!Files.isDirectory(Path.of(baseline))) {
            throw new IllegalArgumentException("baseline=DIR must name the other build's classes directory");
        }
        int rounds = options.number("rounds", 30, 1, MAX_ROUNDS);
        int passes = options.number("passes", 10, 1, MAX_PASSES);

        URL ours = AlternatedComparison.class.getProtectionDomain().getCodeSource().getLocation();
        Path analyzerClasses = classesOf("org/demarche/analysis/Analyzer.class");
        ClassLoader dependencies = dependenciesWithout(analyzerClasses, Path.of(ours.toURI()));
        Variant before = new Variant("baseline", new URLClassLoader(
                new URL[] {Path.of(baseline).toUri().toURL(), ours}, dependencies));
        Variant after = new Variant("this build", new URLClassLoader(
                new URL[] {analyzerClasses.toUri().toURL(), ours}, dependencies));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds + WARM_UP_ROUNDS; round++) {
            Variant first = round % 2 == 0 ? before : after;
            Variant second = first == before ? after : before;
            first.time(threads, passes);
            second.time(threads, passes);
            double ratio = before.lastMicros / after.lastMicros;
            System.out.printf("round %d: baseline %.1f µs, this build %.1f µs a statement, ratio %.3f%s%n", round,
                    before.lastMicros, after.lastMicros, ratio, round < WARM_UP_ROUNDS ? " (warm-up)" : "");
            if (round >= WARM_UP_ROUNDS) {
                ratios.add(ratio);
            }
        }
        Collections.sort(ratios);
        System.out.printf("median ratio baseline/this build over %d rounds: %.3f (quartiles %.3f–%.3f)%n",
                ratios.size(), ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4),
                ratios.get(ratios.size() * 3 / 4));
    }

    /** One build's analyzer and the benchmark statements as its own classes read them. */
    private static final class Variant {

        private final String name;
        private final Object analyzer;
        private final Method analyze;
        private final List<Object> inputs = new ArrayList<>();
        private double lastMicros;

        Variant(String name, ClassLoader loader) throws Exception {
            this.name = name;
            Class<?> analyzerClass = loader.loadClass("org.demarche.analysis.Analyzer");
            this.analyzer = analyzerClass.getMethod("fromClasspath", Clock.class).invoke(null, Clock.systemUTC());
            try {
                ((CompletableFuture<?>) analyzerClass.getMethod("buildLookupTables").invoke(analyzer)).join();
            } catch (NoSuchMethodException older) {
                // a build from before the lookup tables, or one that builds them on its own
            }
            Class<?> input = loader.loadClass("org.demarche.analysis.StatementInput");
            this.analyze = analyzerClass.getMethod("analyze", input);
            Method ofText = input.getMethod("ofText", String.class);
            Class<?> statements = loader.loadClass(BenchmarkStatements.class.getName());
            for (Object statement : (List<?>) statements.getMethod("mixed").invoke(null)) {
                Method text = statement.getClass().getMethod("text");
                text.setAccessible(true);
                inputs.add(ofText.invoke(null, text.invoke(statement)));
            }
        }

        void time(ThreadMXBean threads, int passes) throws Exception {
            long start = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < passes; pass++) {
                for (Object input : inputs) {
                    analyze.invoke(analyzer, input);
                }
            }
            lastMicros = (threads.getCurrentThreadCpuTime() - start) / 1e3 / (passes * inputs.size());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Path classesOf(String resource) throws Exception {
        URL url = AlternatedComparison.class.getClassLoader().getResource(resource);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("this build's classes are not a directory on the class path: " + url);
        }
        Path file = Path.of(url.toURI());
        for (int depth = resource.split("/").length; depth > 0; depth--) {
            file = file.getParent();
        }
        return file;
    }

    /** The class path's jars and directories but this build's classes and the benchmark's, as a parent loader. */
    private static ClassLoader dependenciesWithout(Path analyzerClasses, Path benchmarkClasses)
            throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!path.equals(analyzerClasses.toAbsolutePath()) && !path.equals(benchmarkClasses.toAbsolutePath())) {
                urls.add(path.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }
}
