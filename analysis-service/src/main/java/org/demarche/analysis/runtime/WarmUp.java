package org.demarche.analysis.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's warm-up: named steps run once, in order, before the service reports itself ready, so that the first
 * real request does not pay for first connections, metadata look-ups and code that has never run. A failed step ends
 * the warm-up; it is reported, and the service is then ready anyway, only slower on its first request.
 */
public final class WarmUp {

    /** What a step does; it may throw, which fails the warm-up. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    public record Step(String name, Action action) {
    }

    public enum State {
        PENDING, RUNNING, DONE, FAILED, DISABLED;

        /** Whether readiness may be reported: the warm-up has nothing left to do. */
        public boolean finished() {
            return this == DONE || this == FAILED || this == DISABLED;
        }
    }

    /**
     * @param stepMillis how long each finished step took, in the order they ran
     * @param failure    which step failed and why, or null
     */
    public record Report(State state, Map<String, Long> stepMillis, String failure) {

        public Report {
            stepMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stepMillis));
        }

        public long totalMillis() {
            return stepMillis.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final List<Step> steps;
    private volatile Report report;

    public WarmUp(List<Step> steps) {
        this(steps, State.PENDING);
    }

    private WarmUp(List<Step> steps, State initial) {
        this.steps = List.copyOf(steps);
        this.report = new Report(initial, Map.of(), null);
    }

    /** A warm-up switched off by configuration: finished from the start. */
    public static WarmUp disabled() {
        return new WarmUp(List.of(), State.DISABLED);
    }

    public Report report() {
        return report;
    }

    /** Runs the steps unless they ran (or are running) already; returns the outcome. */
    public Report run() {
        synchronized (this) {
            if (report.state() != State.PENDING) {
                return report;
            }
            report = new Report(State.RUNNING, Map.of(), null);
        }
        Map<String, Long> millis = new LinkedHashMap<>();
        for (Step step : steps) {
            long start = System.nanoTime();
            try {
                step.action().run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                report = new Report(State.FAILED, millis, step.name() + ": interrupted");
                return report;
            } catch (Exception | LinkageError e) {
                // a linkage error too: a warm-up that dies silently would keep the service unready for good
                report = new Report(State.FAILED, millis, step.name() + ": " + e);
                return report;
            }
            millis.put(step.name(), (System.nanoTime() - start) / 1_000_000);
            report = new Report(State.RUNNING, millis, null);
        }
        report = new Report(State.DONE, millis, null);
        return report;
    }
}
