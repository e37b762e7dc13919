package org.demarche.alert.warmup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Starts the warm-up once the application has started and keeps {@code /q/health/ready} DOWN until it has finished,
 * so that whoever waits for readiness (the local stack, Kubernetes) sends the first statement to a warm service.
 */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {

    static final String NAME = "warm-up";

    private static final Logger LOG = Logger.getLogger(WarmUpReadiness.class);

    private final WarmUp warmUp;

    public WarmUpReadiness(WarmUp warmUp) {
        this.warmUp = warmUp;
    }

    /** On its own thread: startup, liveness and the other health checks do not wait for it. */
    void start(@Observes StartupEvent started) {
        Thread thread = new Thread(this::warmUp, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void warmUp() {
        WarmUp.Report report = warmUp.run();
        switch (report.state()) {
            case DONE -> LOG.infof("Warmed up in %d ms: %s", report.totalMillis(), report.stepMillis());
            case FAILED -> LOG.warnf("Warm-up failed, ready anyway (the first request will be slower): %s",
                    report.failure());
            default -> LOG.infof("Warm-up %s", report.state());
        }
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
