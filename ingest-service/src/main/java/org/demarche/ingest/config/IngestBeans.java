package org.demarche.ingest.config;

import java.security.SecureRandom;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.demarche.contracts.EventCodec;
import org.demarche.ingest.statement.StatementIntake;
import org.demarche.ingest.statement.StatementLimits;
import org.demarche.ingest.statement.StatementPublisher;
import org.demarche.ingest.statement.StatementRules;
import org.demarche.ingest.statement.StatementStore;
import org.demarche.ingest.statement.SubmissionReader;
import org.demarche.ingest.statement.TimeOrderedStatementIds;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Wires the plain-Java core to its Quarkus edges. */
public class IngestBeans {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Produces
    @ApplicationScoped
    SubmissionReader submissionReader(ObjectMapper mapper) {
        return new SubmissionReader(mapper);
    }

    @Produces
    @ApplicationScoped
    StatementIntake statementIntake(IngestConfig config, StatementStore store, StatementPublisher publisher,
            EventCodec codec, Clock clock) {
        StatementLimits limits = new StatementLimits(config.maxTextBytes(), config.maxPublisherLength(),
                config.maxUrlLength());
        return new StatementIntake(new StatementRules(limits), store, publisher,
                new TimeOrderedStatementIds(clock, new SecureRandom()), codec, clock);
    }
}
