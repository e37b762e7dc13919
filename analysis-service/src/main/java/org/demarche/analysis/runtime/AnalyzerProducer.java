package org.demarche.analysis.runtime;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.demarche.analysis.Analyzer;
import org.demarche.contracts.EventCodec;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/** Makes the one {@link Analyzer} of the process, eagerly, so that its automata are built before readiness. */
public class AnalyzerProducer {

    private static final Logger LOG = Logger.getLogger(AnalyzerProducer.class);

    @Produces
    @Singleton
    @Startup
    Analyzer analyzer() {
        long start = System.nanoTime();
        Analyzer analyzer = Analyzer.fromClasspath(Clock.systemUTC());
        LOG.infof("Analyzer %s built in %d ms", analyzer.version(), (System.nanoTime() - start) / 1_000_000);
        return analyzer;
    }

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }
}
