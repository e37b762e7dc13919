package org.demarche.analysis.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.kafka.common.PartitionInfo;
import org.demarche.analysis.pipeline.StatementAnalysisProcessor;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementReceived;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;

/**
 * The warm-up of analysis-service. Nothing is published: sample statements go through the processor's method
 * directly (decoding, analysis, encoding), not through Kafka; the producer only looks up its topic's partitions; and
 * the consumer is awaited until the group has given it its partitions and it knows where to start reading them.
 */
public class AnalysisWarmUp {

    static final String ANALYSIS = "analysis";
    static final String KAFKA_PRODUCER = "kafka producer";
    static final String KAFKA_CONSUMER = "kafka consumer";

    static final String INCOMING_CHANNEL = "statements-raw";
    static final String OUTGOING_CHANNEL = "statements-analyzed";

    /** One sentence per Latin-script language: each language's lexicon and the detector's scoring run once. */
    private static final List<String> SAMPLE_TEXTS = List.of(
            "The government assesses that the group known as APT40 is highly likely sponsored by the state.",
            "Le gouvernement estime très probable que le groupe APT40 soit derrière ces cyberattaques.",
            "Die Bundesregierung verurteilt die Cyberangriffe der Gruppe APT28 auf das Schärfste.",
            "El Gobierno condena los ciberataques atribuidos al grupo APT29.",
            "Il governo condanna gli attacchi informatici del gruppo APT28.",
            "De regering veroordeelt de cyberaanvallen van de groep APT29.");

    /**
     * Repeated to the length of a real statement, which takes the compact language models, not the large ones kept
     * for very short texts.
     */
    private static final int SAMPLE_REPEATS = 4;

    @Produces
    @Singleton
    WarmUp warmUp(AnalysisConfig config, StatementAnalysisProcessor processor, EventCodec codec,
            KafkaClientService kafka, @Identifier(FirstAssignment.NAME) FirstAssignment assignment,
            @ConfigProperty(name = "mp.messaging.outgoing.statements-analyzed.topic") String outgoingTopic) {
        AnalysisConfig.WarmUp settings = config.warmUp();
        if (!settings.enabled()) {
            return WarmUp.disabled();
        }
        // the analysis first: it is CPU work, while the consumer group forms on its own meanwhile
        return new WarmUp(List.of(
                new WarmUp.Step(ANALYSIS, () -> rehearseAnalysis(processor, codec, settings.rounds())),
                new WarmUp.Step(KAFKA_PRODUCER, () -> connectProducer(kafka, outgoingTopic,
                        settings.kafkaTimeout())),
                new WarmUp.Step(KAFKA_CONSUMER, () -> awaitAssignment(assignment, settings.kafkaTimeout()))));
    }

    /** Language models, lexicon automata, JSON schemas and the JIT would otherwise make the first statement slow. */
    private static void rehearseAnalysis(StatementAnalysisProcessor processor, EventCodec codec, int rounds) {
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < SAMPLE_TEXTS.size(); i++) {
                String text = (SAMPLE_TEXTS.get(i) + " ").repeat(SAMPLE_REPEATS);
                String record = codec.encode(EventSchema.STATEMENT_RECEIVED, new StatementReceived(
                        StatementReceived.SCHEMA_VERSION, "warm-up-" + i, text, null, null, null, null,
                        Instant.now(), sha256(text)));
                if (processor.analyze(Message.of(record)) == null) {
                    throw new IllegalStateException("the processor rejected warm-up statement " + i);
                }
            }
        }
    }

    /** The metadata look-up a first send would otherwise wait for; the producer id is fetched on connecting. */
    private static void connectProducer(KafkaClientService kafka, String topic, Duration timeout) {
        KafkaProducer<?, ?> producer = kafka.getProducer(OUTGOING_CHANNEL);
        if (producer == null) {
            throw new IllegalStateException("no Kafka producer for channel " + OUTGOING_CHANNEL);
        }
        List<PartitionInfo> partitions = producer.partitionsFor(topic).await().atMost(timeout);
        if (partitions == null || partitions.isEmpty()) {
            throw new IllegalStateException("Kafka reports no partitions for topic " + topic);
        }
    }

    /**
     * Until the group has assigned partitions to the consumer and it has found its starting offsets: a statement
     * published before that would wait for the group to form. Only at startup; a later rebalance does not make the
     * service unready, and with more instances than partitions this times out (reported, and ready anyway).
     */
    private static void awaitAssignment(FirstAssignment assignment, Duration timeout) throws Exception {
        try {
            assignment.await(timeout);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no partition of channel " + INCOMING_CHANNEL + " assigned within "
                    + timeout.toMillis() + " ms", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
