package org.demarche.contracts.analysis;

/**
 * A threat group named in a statement.
 *
 * @param name    canonical name from the gazetteer, or the name as written for a group the gazetteer lacks
 * @param id      gazetteer id, or null when {@code known} is false
 * @param mention the name as written in the text
 * @param known   whether the group is in the gazetteer
 * @param sponsor suspected state sponsor according to the gazetteer (not the text), or null
 */
public record GroupMention(String name, String id, String mention, boolean known, String sponsor) {
}
