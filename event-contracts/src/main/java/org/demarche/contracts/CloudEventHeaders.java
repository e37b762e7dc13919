package org.demarche.contracts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Kafka headers of an event in CloudEvents binary mode (Kafka protocol binding): the event attributes as
 * {@code ce_*} headers and the body's media type as {@code content-type}. Plain strings, so that this module needs
 * no Kafka client; producers add them as UTF-8 header values.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String CONTENT_TYPE = "content-type";

    static final String CLOUD_EVENTS_VERSION = "1.0";
    static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** Header names and values, in the order producers should write them. */
    public static Map<String, String> of(EventSchema<?> contract, String eventId) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("a CloudEvent needs an id");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, CLOUD_EVENTS_VERSION);
        headers.put(ID, eventId);
        headers.put(TYPE, contract.cloudEventType());
        headers.put(SOURCE, contract.cloudEventSource());
        headers.put(CONTENT_TYPE, JSON);
        return headers;
    }
}
