package org.demarche.contracts.analysis;

/** @param target ISO code of the state whose conduct is condemned, or null for unattributed activity */
public record Condemnation(String condemner, String target, String evidence, Provenance provenance) {
}
