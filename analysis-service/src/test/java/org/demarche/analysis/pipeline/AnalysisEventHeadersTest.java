package org.demarche.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.demarche.contracts.EventTypes;
import org.junit.jupiter.api.Test;

class AnalysisEventHeadersTest {

    @Test
    void writesTheBinaryModeAttributesOfAnAnalysis() {
        Headers headers = AnalysisEventHeaders.forAnalysis("s-1", "1.2.0");

        assertEquals("1.0", value(headers, "ce_specversion"));
        assertEquals(EventTypes.STATEMENT_ANALYZED_V1, value(headers, "ce_type"));
        assertEquals(EventTypes.ANALYSIS_SOURCE, value(headers, "ce_source"));
        assertEquals("application/json", value(headers, "content-type"));
        assertEquals(AnalysisEventHeaders.eventId("s-1", "1.2.0"), value(headers, "ce_id"));
    }

    @Test
    void identifiesAnEventByStatementAndAnalyzerVersion() {
        String id = AnalysisEventHeaders.eventId("s-1", "1.2.0");

        assertTrue(id.matches("s-1/[0-9a-f]{12}"), id);
        assertEquals(id, AnalysisEventHeaders.eventId("s-1", "1.2.0"));
        assertNotEquals(id, AnalysisEventHeaders.eventId("s-1", "1.3.0"));
        assertNotEquals(id, AnalysisEventHeaders.eventId("s-2", "1.2.0"));
    }

    private static String value(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
