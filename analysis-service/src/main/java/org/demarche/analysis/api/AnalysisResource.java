package org.demarche.analysis.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.demarche.analysis.Analyzer;
import org.demarche.analysis.runtime.AnalysisConfig;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /analysis}: analyses one statement synchronously and answers with the {@code StatementAnalyzed} it
 * would produce on Kafka. No side effects: nothing is stored or published.
 */
@Path("/analysis")
public class AnalysisResource {

    private final Analyzer analyzer;
    private final EventCodec codec;
    private final AnalysisRequestReader requests;

    public AnalysisResource(Analyzer analyzer, EventCodec codec, ObjectMapper mapper, AnalysisConfig config) {
        this.analyzer = analyzer;
        this.codec = codec;
        this.requests = new AnalysisRequestReader(mapper, config.http().maxTextBytes());
    }

    /**
     * Reads the body itself rather than binding it, so that malformed JSON gets the same problem+json treatment as
     * any other invalid request. The answer goes through {@link EventCodec} so it is checked against the schema.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String analyze(byte[] body) {
        return codec.encode(EventSchema.STATEMENT_ANALYZED, analyzer.analyze(requests.read(body)));
    }
}
