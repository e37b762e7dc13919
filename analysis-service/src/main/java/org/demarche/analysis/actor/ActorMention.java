package org.demarche.analysis.actor;

/**
 * A state or IGO referred to in the text.
 *
 * @param code     ISO alpha-2 or IGO code; null for {@link ActorRole#SPEAKER} until the speaker is known
 * @param location the mention is a place ("in the UK", "aux États-Unis"): a victim or venue, never a voice or sponsor
 */
public record ActorMention(String code, ActorRole role, int start, int end, int foldedStart, int foldedEnd,
        int sentence, boolean location) {

    public ActorMention withCode(String newCode) {
        return new ActorMention(newCode, role, start, end, foldedStart, foldedEnd, sentence, location);
    }
}
