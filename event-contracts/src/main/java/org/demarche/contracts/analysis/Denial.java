package org.demarche.contracts.analysis;

/** A state rejecting an attribution made against it; {@code group} is null when the denial names none. */
public record Denial(String denier, String group, String groupId, String evidence, Provenance provenance) {
}
