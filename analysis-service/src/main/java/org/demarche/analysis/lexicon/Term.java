package org.demarche.analysis.lexicon;

/**
 * One lexicon phrase or one part of a gapped phrase ("derrière ... soit": parts in order within a sentence).
 *
 * @param value  state/IGO code or confidence level for coded kinds, else null
 * @param phrase id of the whole phrase (unique per compiled lexicon)
 * @param part   index of this part within the phrase
 * @param parts  number of parts of the phrase (1 for an ordinary phrase)
 */
public record Term(TermKind kind, String value, int phrase, int part, int parts) {

    public boolean gapped() {
        return parts > 1;
    }
}
