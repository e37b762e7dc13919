package org.demarche.alert.warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionManager;

import org.apache.kafka.common.TopicPartition;
import org.demarche.alert.AlertServiceConfig;
import org.demarche.alert.alerting.AlertFactory;
import org.demarche.alert.alerting.AlertRecorder;
import org.demarche.alert.alerting.NewAlert;
import org.demarche.alert.alerting.StatementRecordReader;
import org.demarche.alert.delivery.AttemptResult;
import org.demarche.alert.delivery.DeliveryStore;
import org.demarche.alert.delivery.WebhookRequest;
import org.demarche.alert.delivery.WebhookSender;
import org.demarche.alert.delivery.WebhookSigner;
import org.demarche.alert.delivery.WebhookUrlPolicy;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.ActorKind;
import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.GroupMention;
import org.demarche.contracts.analysis.Naming;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Speaker;
import org.demarche.contracts.analysis.Stance;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * The warm-up of alert-service. Nothing is stored, streamed or delivered to a subscriber: a sample analysed statement
 * is read and recorded in a transaction that is always rolled back (so no other transaction ever sees its rows), the
 * delivery queries run for an id no delivery has, signed webhooks go to a {@link LoopbackSink} of the warm-up's own,
 * and the consumer is awaited until the group has given it its partitions.
 */
public class AlertWarmUp {

    static final String ALERTING = "alerting";
    static final String DELIVERY_QUERIES = "delivery queries";
    static final String WEBHOOK = "webhook";
    static final String KAFKA_CONSUMER = "kafka consumer";

    static final String CHANNEL = "statements-analyzed";
    /** The sample's statement id and analyzer version: no real statement has it (theirs start with {@code st_}). */
    static final String SAMPLE_ID = "warm-up";

    private static final String SAMPLE_EVIDENCE = "The Government assesses that APT40 is sponsored by the state.";

    /** How often the consumer's assignment is looked at while the group forms. */
    private static final Duration ASSIGNMENT_POLL = Duration.ofMillis(50);

    @Produces
    @Singleton
    WarmUp warmUp(AlertServiceConfig config, EventCodec codec, StatementRecordReader reader, AlertRecorder recorder,
            AlertFactory factory, DeliveryStore deliveries, WebhookSender sender, WebhookSigner signer,
            WebhookUrlPolicy urlPolicy, ObjectMapper mapper, KafkaClientService kafka,
            TransactionManager transactions) {
        AlertServiceConfig.WarmUp settings = config.warmUp();
        if (!settings.enabled()) {
            return WarmUp.disabled();
        }
        int rounds = settings.rounds();
        return new WarmUp(List.of(
                new WarmUp.Step(ALERTING, () -> rehearseAlerting(codec, reader, recorder, transactions, rounds)),
                new WarmUp.Step(DELIVERY_QUERIES, () -> {
                    UUID none = UUID.randomUUID();
                    if (!deliveries.claim(List.of(none)).isEmpty() || deliveries.request(none).isPresent()) {
                        throw new IllegalStateException("a delivery has the random id " + none);
                    }
                }),
                new WarmUp.Step(WEBHOOK, () -> {
                    NewAlert alert = factory.alertsFor(sampleStatement(), Instant.now()).get(0);
                    String body = mapper.writeValueAsString(alert.view());
                    sendToLoopback(sender, signer, urlPolicy, body, rounds);
                }),
                new WarmUp.Step(KAFKA_CONSUMER, () -> awaitAssignment(kafka, settings.kafkaTimeout()))));
    }

    /** Reading a record and storing its alerts and deliveries, each round rolled back. */
    private static void rehearseAlerting(EventCodec codec, StatementRecordReader reader, AlertRecorder recorder,
            TransactionManager transactions, int rounds) throws Exception {
        for (int round = 0; round < rounds; round++) {
            String record = codec.encode(EventSchema.STATEMENT_ANALYZED, sampleStatement());
            StatementAnalyzed statement = reader.read(record, EventSchema.STATEMENT_ANALYZED.cloudEventType());
            transactions.begin();
            try {
                recorder.record(statement);
            } finally {
                transactions.rollback();
            }
        }
    }

    /** Signing and the webhook HTTP client, against the warm-up's own receiver; the URL policy code as well. */
    private static void sendToLoopback(WebhookSender sender, WebhookSigner signer, WebhookUrlPolicy urlPolicy,
            String body, int rounds) throws Exception {
        try (LoopbackSink sink = new LoopbackSink()) {
            // the verdict depends on the allowed private hosts; only the checking code is of interest here
            urlPolicy.check(sink.url());
            String secret = signer.newSecret();
            for (int round = 0; round < rounds; round++) {
                AttemptResult result = sender.send(new WebhookRequest("warm-up-" + round, sink.url(), secret, body));
                if (!result.delivered()) {
                    throw new IllegalStateException("the loopback receiver did not take the webhook: " + result);
                }
            }
        }
    }

    /**
     * Until the group has assigned partitions to the consumer and it has found its starting offsets: a record
     * published before that would wait for the group to form. Only at startup; a later rebalance does not make the
     * service unready, and with more instances than partitions this times out (reported, and ready anyway).
     */
    private static void awaitAssignment(KafkaClientService kafka, Duration timeout) throws InterruptedException {
        List<KafkaConsumer<Object, Object>> consumers = kafka.getConsumers(CHANNEL);
        if (consumers.isEmpty()) {
            throw new IllegalStateException("no Kafka consumer for channel " + CHANNEL);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (KafkaConsumer<Object, Object> consumer : consumers) {
            Set<TopicPartition> assigned = consumer.getAssignments().await().atMost(timeout);
            while (assigned.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no partition of channel " + CHANNEL + " assigned within "
                            + timeout.toMillis() + " ms");
                }
                Thread.sleep(ASSIGNMENT_POLL.toMillis());
                assigned = consumer.getAssignments().await().atMost(timeout);
            }
            consumer.getPositions().await().atMost(timeout);
        }
    }

    /** Japan naming APT40, as analysis-service would publish it. */
    static StatementAnalyzed sampleStatement() {
        Instant now = Instant.now();
        return new StatementAnalyzed(StatementAnalyzed.SCHEMA_VERSION, SAMPLE_ID, "en", SAMPLE_ID,
                "Ministry of Foreign Affairs", null, null, now, now, new Speaker("JP", ActorKind.STATE, null),
                List.of(new GroupMention("APT40", "apt40", "APT40", true, "CN")), List.of(), List.of(), List.of(),
                List.of(new Naming("JP", "APT40", "apt40", NamingKind.ATTRIBUTION, Stance.OWN, "CN",
                        Confidence.ASSERTED, SAMPLE_EVIDENCE)));
    }
}
