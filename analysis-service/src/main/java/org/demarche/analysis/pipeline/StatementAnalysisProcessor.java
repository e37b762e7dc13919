package org.demarche.analysis.pipeline;

import org.demarche.analysis.Analyzer;
import org.demarche.analysis.StatementInput;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.StatementReceived;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Consumes {@code statements.raw}, publishes one {@code StatementAnalyzed} per statement to
 * {@code statements.analyzed}. The outgoing message carries the incoming one's acknowledgement, so an input offset
 * is committed only once its analysis is safely written; a record that cannot be read or analysed is nacked, which
 * sends it to the dead-letter topic, and the stream goes on.
 */
@ApplicationScoped
public class StatementAnalysisProcessor {

    private static final Logger LOG = Logger.getLogger(StatementAnalysisProcessor.class);

    private final Analyzer analyzer;
    private final EventCodec codec;

    public StatementAnalysisProcessor(Analyzer analyzer, EventCodec codec) {
        this.analyzer = analyzer;
        this.codec = codec;
    }

    /** Analysis is CPU work, so it runs on worker threads; statements are independent, so order is not kept. */
    @Incoming("statements-raw")
    @Outgoing("statements-analyzed")
    @Blocking(ordered = false)
    public Message<String> analyze(Message<String> record) {
        StatementReceived statement;
        StatementAnalyzed analysis;
        String body;
        try {
            statement = codec.decode(EventSchema.STATEMENT_RECEIVED, record.getPayload());
            analysis = analyzer.analyze(toInput(statement));
            body = codec.encode(EventSchema.STATEMENT_ANALYZED, analysis);
        } catch (RuntimeException e) {
            LOG.warnf("statement record rejected, sent to the dead-letter topic: %s", e.getMessage());
            // a null return forwards nothing; the nack routes the record to the dead-letter topic
            record.nack(e);
            return null;
        }
        return record.withPayload(body).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(statement.statementId())
                .withHeaders(AnalysisEventHeaders.forAnalysis(statement.statementId(), analysis.analyzerVersion()))
                .build());
    }

    static StatementInput toInput(StatementReceived statement) {
        return new StatementInput(statement.statementId(), statement.text(), statement.publisher(), statement.url(),
                statement.publishedAt(), statement.language(), statement.receivedAt());
    }
}
