package org.demarche.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    @Test
    void binaryModeHeadersCarryTheContractsTypeAndSource() {
        Map<String, String> headers = CloudEventHeaders.of(EventSchema.STATEMENT_ANALYZED, "st_1/abc");
        assertEquals(List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "content-type"),
                List.copyOf(headers.keySet()));
        assertEquals("1.0", headers.get("ce_specversion"));
        assertEquals("st_1/abc", headers.get("ce_id"));
        assertEquals("demarche.statement.analyzed.v1", headers.get("ce_type"));
        assertEquals(EventTypes.ANALYSIS_SOURCE, headers.get("ce_source"));
        assertEquals("application/json", headers.get("content-type"));
        assertEquals("demarche.statement.received.v1",
                CloudEventHeaders.of(EventSchema.STATEMENT_RECEIVED, "st_1").get(CloudEventHeaders.TYPE));
    }

    @Test
    void anEventWithoutIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CloudEventHeaders.of(EventSchema.STATEMENT_RECEIVED, " "));
    }
}
