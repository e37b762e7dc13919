package org.demarche.contracts.analysis;

/** The principal voice of a statement; {@code code} is null for a non-state voice. */
public record Speaker(String code, ActorKind kind, String name) {
}
