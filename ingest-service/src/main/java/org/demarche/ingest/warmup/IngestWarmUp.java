package org.demarche.ingest.warmup;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionManager;

import org.apache.kafka.common.PartitionInfo;
import org.demarche.ingest.config.IngestConfig;
import org.demarche.ingest.statement.KafkaStatementPublisher;
import org.demarche.ingest.statement.StatementIntake;
import org.demarche.ingest.statement.StatementRecord;
import org.demarche.ingest.statement.StatementStatus;
import org.demarche.ingest.statement.StatementStore;
import org.demarche.ingest.statement.SubmissionReader;
import org.demarche.ingest.statement.SubmissionView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;

/**
 * The warm-up of ingest-service. Nothing is stored and nothing is published: the Kafka producer only looks up its
 * topic's partitions (which also makes it connect); a sample submission goes through everything
 * {@code POST /statements} does before it writes, and then through the store's writes in a transaction that is
 * always rolled back, so that no other transaction ever sees the row.
 */
public class IngestWarmUp {

    static final String KAFKA_PRODUCER = "kafka producer";
    static final String INTAKE = "intake";
    static final String STORE = "store";

    /** A realistic statement, so that validation, hashing and encoding see what they will see for real. */
    private static final String SAMPLE_TEXT = """
            Statement by the Minister of Foreign Affairs on malicious cyber activity

            The Government assesses that it is highly likely that APT40, a cyber espionage group sponsored by the \
            Ministry of State Security, compromised the networks of several research institutes.""";
    static final String SAMPLE_PUBLISHER = "Ministry of Foreign Affairs (warm-up sample)";

    @Produces
    @Singleton
    WarmUp warmUp(IngestConfig config, KafkaClientService kafka,
            @ConfigProperty(name = "mp.messaging.outgoing.statements.topic") String topic, StatementIntake intake,
            SubmissionReader reader, StatementStore store, TransactionManager transactions, ObjectMapper mapper) {
        IngestConfig.WarmUp settings = config.warmUp();
        if (!settings.enabled()) {
            return WarmUp.disabled();
        }
        return new WarmUp(List.of(
                new WarmUp.Step(KAFKA_PRODUCER, () -> connectProducer(kafka, topic, settings.kafkaTimeout())),
                new WarmUp.Step(INTAKE, () -> rehearseIntake(intake, reader, mapper, settings.rounds())),
                new WarmUp.Step(STORE, () -> rehearseStore(intake, reader, store, transactions, mapper,
                        settings.rounds()))));
    }

    /** The metadata look-up a first send would otherwise wait for; the producer id is fetched on connecting. */
    private static void connectProducer(KafkaClientService kafka, String topic, Duration timeout) {
        KafkaProducer<?, ?> producer = kafka.getProducer(KafkaStatementPublisher.CHANNEL);
        if (producer == null) {
            throw new IllegalStateException("no Kafka producer for channel " + KafkaStatementPublisher.CHANNEL);
        }
        List<PartitionInfo> partitions = producer.partitionsFor(topic).await().atMost(timeout);
        if (partitions == null || partitions.isEmpty()) {
            throw new IllegalStateException("Kafka reports no partitions for topic " + topic);
        }
    }

    /** Request body reading, validation, the duplicate look-up in PostgreSQL, event encoding, the response body. */
    private static void rehearseIntake(StatementIntake intake, SubmissionReader reader, ObjectMapper mapper,
            int rounds) throws Exception {
        byte[] body = sampleBody(mapper);
        for (int round = 0; round < rounds; round++) {
            mapper.writeValueAsBytes(SubmissionView.of(intake.rehearse(reader.fromJson(body))));
        }
    }

    /**
     * The insert and the status update of a submission, each round in its own transaction that is rolled back: the
     * first real statement then finds the SQL prepared and that code compiled, and nothing is ever stored.
     */
    private static void rehearseStore(StatementIntake intake, SubmissionReader reader, StatementStore store,
            TransactionManager transactions, ObjectMapper mapper, int rounds) throws Exception {
        byte[] body = sampleBody(mapper);
        for (int round = 0; round < rounds; round++) {
            StatementRecord candidate = intake.rehearse(reader.fromJson(body)).statement()
                    .withStatus(StatementStatus.PENDING);
            transactions.begin();
            try {
                store.insertIfAbsent(candidate);
                store.markPublished(candidate.id());
            } finally {
                transactions.rollback();
            }
        }
    }

    private static byte[] sampleBody(ObjectMapper mapper) throws Exception {
        return mapper.writeValueAsBytes(Map.of("text", SAMPLE_TEXT, "publisher", SAMPLE_PUBLISHER,
                "language", "en"));
    }
}
