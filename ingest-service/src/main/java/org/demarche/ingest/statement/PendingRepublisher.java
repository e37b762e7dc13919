package org.demarche.ingest.statement;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.demarche.ingest.config.IngestConfig;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Publishes statements left pending by a broker outage, so they reach Kafka even if the client never retries. */
@ApplicationScoped
public class PendingRepublisher {

    private static final Logger LOG = Logger.getLogger(PendingRepublisher.class);

    private final StatementIntake intake;
    private final IngestConfig.Republish config;
    private final Clock clock;

    public PendingRepublisher(StatementIntake intake, IngestConfig config, Clock clock) {
        this.intake = intake;
        this.config = config.republish();
        this.clock = clock;
    }

    @Scheduled(identity = "republish-pending", every = "${demarche.ingest.republish.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void republish() {
        int published = intake.republishPending(clock.instant().minus(config.minAge()), config.batchSize());
        if (published > 0) {
            LOG.infof("re-published %d pending statement(s)", published);
        }
    }
}
