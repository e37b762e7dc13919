package org.demarche.analysis.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import org.demarche.analysis.Analyzer;

/**
 * Starts the warm-up once the application has started and keeps {@code /q/health/ready} DOWN until it has finished,
 * so that whoever waits for readiness (the local stack, Kubernetes) sends the first statement to a warm service.
 */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {

    static final String NAME = "warm-up";
    private static final String LOOPBACK = "127.0.0.1";

    private static final Logger LOG = Logger.getLogger(WarmUpReadiness.class);

    private final WarmUp warmUp;
    private final Runnable whenDone;

    /** Once warmed up (ready), the analyzer builds its lookup tables, which readiness does not wait for. */
    @Inject
    public WarmUpReadiness(WarmUp warmUp, AnalysisConfig config, Analyzer analyzer) {
        this(warmUp, config.warmUp().exitWhenDone() ? WarmUpReadiness::exitNow : analyzer::buildLookupTables);
    }

    WarmUpReadiness(WarmUp warmUp) {
        this(warmUp, () -> { });
    }

    /** @param whenDone what to do once the warm-up has finished, whatever its outcome */
    WarmUpReadiness(WarmUp warmUp, Runnable whenDone) {
        this.warmUp = warmUp;
        this.whenDone = whenDone;
    }

    /** On its own thread: startup, liveness and the other health checks do not wait for it. */
    void start(@Observes StartupEvent started) {
        Thread thread = new Thread(this::warmUp, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    void warmUp() {
        WarmUp.Report report = warmUp.run();
        switch (report.state()) {
            case DONE -> LOG.infof("Warmed up in %d ms: %s", report.totalMillis(), report.stepMillis());
            case FAILED -> LOG.warnf("Warm-up failed, ready anyway (the first request will be slower): %s",
                    report.failure());
            default -> LOG.infof("Warm-up %s", report.state());
        }
        whenDone.run();
    }

    /**
     * The training run's end: its own HTTP API is called ({@link TrainingRequests}), then the process halts. A halt,
     * not a graceful shutdown: its Kafka clients have no broker and would wait out their close timeouts (20 s). The
     * JVM still writes the {@code -XX:ArchiveClassesAtExit} archive (or the AOT cache) on a halt.
     */
    private static void exitNow() {
        Config config = ConfigProvider.getConfig();
        // with quarkus.http.port=0, the port the server was given
        int port = config.getOptionalValue("quarkus.http.port", Integer.class).orElse(0);
        if (port > 0) {
            LOG.infof("Training requests: %s", TrainingRequests.send(LOOPBACK, port));
        } else {
            LOG.warn("No HTTP port known: no training requests");
        }
        LOG.info("Warm-up finished; exiting (demarche.analysis.warm-up.exit-when-done)");
        Runtime.getRuntime().halt(0);
    }

    @Override
    public HealthCheckResponse call() {
        WarmUp.Report report = warmUp.report();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(report.state().finished())
                .withData("state", report.state().name());
        report.stepMillis().forEach((step, millis) -> response.withData(step + " ms", millis));
        if (report.failure() != null) {
            response.withData("failure", report.failure());
        }
        return response.build();
    }
}
