package org.demarche.analysis.runtime;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.demarche.analysis.Analyzer;
import org.demarche.contracts.EventCodec;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;

/**
 * Makes the one {@link Analyzer} of the process, so that its automata are built before readiness.
 *
 * <p>Building starts on its own thread as soon as the CDI container is up and nothing waits for it during startup:
 * the Kafka clients and the HTTP server start meanwhile. Its first user waits for it: the warm-up
 * ({@link AnalysisWarmUp}, which keeps readiness DOWN until it has analysed sample statements), or a statement or
 * request that comes earlier. A build that fails stops the process, as a failed startup would.
 */
@Singleton
public class AnalyzerProducer {

    private static final Logger LOG = Logger.getLogger(AnalyzerProducer.class);

    private CompletableFuture<Analyzer> building;

    /**
     * The earliest hook an application has, well before {@code StartupEvent} (which comes after the Kafka clients
     * are up). Quarkus warns that native mode may deliver it differently; this service runs on the JVM only, and
     * the producer below would start the build anyway if the event never came.
     */
    void startBuilding(@Observes @Initialized(ApplicationScoped.class) Object containerUp) {
        building();
    }

    @Produces
    @Singleton
    Analyzer analyzer() {
        return building().join();
    }

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }

    private synchronized CompletableFuture<Analyzer> building() {
        if (building == null) {
            building = new CompletableFuture<>();
            Thread builder = new Thread(this::build, "analyzer-build");
            builder.setDaemon(true);
            builder.start();
        }
        return building;
    }

    private void build() {
        try {
            long start = System.nanoTime();
            Analyzer analyzer = Analyzer.fromClasspath(Clock.systemUTC());
            LOG.infof("Analyzer %s built in %d ms", analyzer.version(), (System.nanoTime() - start) / 1_000_000);
            building.complete(analyzer);
        } catch (RuntimeException | Error e) {
            building.completeExceptionally(e);
            LOG.error("The analyzer could not be built; stopping", e);
            Quarkus.asyncExit(1);
        }
    }
}
