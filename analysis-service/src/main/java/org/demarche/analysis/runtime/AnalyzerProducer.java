package org.demarche.analysis.runtime;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.demarche.analysis.Analyzer;
import org.demarche.analysis.StatementInput;
import org.demarche.contracts.EventCodec;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Makes the one {@link Analyzer} of the process, eagerly, so that its automata are built before readiness.
 *
 * <p>Building starts on its own thread as soon as the CDI container is up, so that it overlaps with the rest of
 * startup (Kafka clients, HTTP server) instead of adding to it; the {@code @Startup} producer then waits for it.
 */
@Singleton
public class AnalyzerProducer {

    private static final Logger LOG = Logger.getLogger(AnalyzerProducer.class);

    /** One sentence per Latin-script language, whose detection loads language models on first use. */
    private static final List<String> WARM_UP_TEXTS = List.of(
            "The government assesses that the group known as APT40 is highly likely sponsored by the state.",
            "Le gouvernement estime très probable que le groupe APT40 soit derrière ces cyberattaques.",
            "Die Bundesregierung verurteilt die Cyberangriffe der Gruppe APT28 auf das Schärfste.",
            "El Gobierno condena los ciberataques atribuidos al grupo APT29.",
            "Il governo condanna gli attacchi informatici del gruppo APT28.",
            "De regering veroordeelt de cyberaanvallen van de groep APT29.");

    private static final int WARM_UP_REPEATS = 4;

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
    @Startup
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

    /**
     * Language models and the JIT would otherwise make the first statements slow (seconds, not milliseconds); this
     * runs after the analyzer is published, so it never delays readiness.
     */
    private static void warmUp(Analyzer analyzer) {
        long start = System.nanoTime();
        for (String text : WARM_UP_TEXTS) {
            // repeated to the length of a real statement, which takes the compact language models, not the large
            // ones kept for very short texts
            analyzer.analyze(StatementInput.ofText((text + " ").repeat(WARM_UP_REPEATS)));
        }
        LOG.infof("Analyzer warmed up in %d ms", (System.nanoTime() - start) / 1_000_000);
    }


    private void build() {
        try {
            long start = System.nanoTime();
            Analyzer analyzer = Analyzer.fromClasspath(Clock.systemUTC());
            LOG.infof("Analyzer %s built in %d ms", analyzer.version(), (System.nanoTime() - start) / 1_000_000);
            building.complete(analyzer);
            warmUp(analyzer);
        } catch (RuntimeException | Error e) {
            building.completeExceptionally(e);
        }
    }
}
