package org.demarche.ingest.statement;

import java.util.ArrayList;
import java.util.List;

/** A {@link StatementPublisher} that records what it was given, or fails while told to. */
final class RecordingPublisher implements StatementPublisher {

    record Sent(String key, String json) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private boolean unavailable;

    @Override
    public void publish(String statementId, String eventJson) throws PublishFailedException {
        if (unavailable) {
            throw new PublishFailedException("no acknowledgement", null);
        }
        sent.add(new Sent(statementId, eventJson));
    }

    void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }
}
