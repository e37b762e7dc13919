package org.demarche.contracts;

import java.util.List;

/** A record that does not satisfy its event contract; the message lists every problem found. */
public class ContractViolationException extends RuntimeException {

    private final List<String> problems;

    public ContractViolationException(String eventType, List<String> problems) {
        super(eventType + " violates its contract: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
