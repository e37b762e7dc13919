package org.demarche.contracts.analysis;

/**
 * Why a tag exists: the rule that produced it and the character offsets of its evidence sentence in the text
 * ({@code start} inclusive, {@code end} exclusive, in UTF-16 units as Java and JavaScript count them).
 */
public record Provenance(String rule, int start, int end) {
}
