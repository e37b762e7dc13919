package org.demarche.alert.delivery;

import java.net.URI;
import java.util.List;

/**
 * The outcome of checking a webhook URL. A URL whose host does not resolve right now is {@code UNRESOLVABLE} rather
 * than {@code DENIED}: at delivery time that is worth retrying, a private address is not.
 */
public record UrlVerdict(Outcome outcome, URI uri, List<String> problems) {

    public enum Outcome {
        ALLOWED, DENIED, UNRESOLVABLE
    }

    public UrlVerdict {
        problems = List.copyOf(problems);
    }

    static UrlVerdict allowed(URI uri) {
        return new UrlVerdict(Outcome.ALLOWED, uri, List.of());
    }

    static UrlVerdict denied(URI uri, List<String> problems) {
        return new UrlVerdict(Outcome.DENIED, uri, problems);
    }

    static UrlVerdict unresolvable(URI uri, String problem) {
        return new UrlVerdict(Outcome.UNRESOLVABLE, uri, List.of(problem));
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }
}
