package org.demarche.analysis.rules;

import java.util.List;
import java.util.Optional;

import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;

/**
 * "We, the G7 foreign ministers, ...", "Wir, die Außenminister der G7", "我々G7外相は": a sentence that opens with the
 * first person of an intergovernmental body makes the text that body's statement, whoever published it (the
 * presidency's foreign ministry posts the G7 communiqué; the text still speaks for the G7).
 */
public final class CollectiveVoice {

    /** The cue must open its sentence; a bullet, quote mark or dash may come first. */
    static final int SENTENCE_OPENING = 3;

    private CollectiveVoice() {
    }

    public static Optional<String> of(List<SentenceFacts> sentences) {
        for (SentenceFacts facts : sentences) {
            for (Match<Term> cue : facts.cues(TermKind.COLLECTIVE_VOICE)) {
                if (cue.start() - facts.sentence().start() <= SENTENCE_OPENING) {
                    return Optional.of(cue.payload().value());
                }
            }
        }
        return Optional.empty();
    }
}
