package org.demarche.analysis.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.lexicon.TermKind;

/**
 * The voice a text quotes most prominently: every official actor that is the subject of a statement, attribution,
 * condemnation or denial cue scores a point per sentence (two in the headline); the highest score wins, the earliest on a tie.
 */
public final class SpeakerVoice {

    private static final List<TermKind> VOICE_CUES = List.of(TermKind.REPORTING, TermKind.REPORTED_ATTRIBUTION,
            TermKind.SAME_ASSESSMENT, TermKind.CONDEMNATION, TermKind.DENIAL);
    private static final int HEADLINE_WEIGHT = 2;

    private SpeakerVoice() {
    }

    public static Optional<String> mostProminent(List<SentenceFacts> sentences, Voices voices) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (SentenceFacts facts : sentences) {
            int weight = facts.sentence().index() == 0 ? HEADLINE_WEIGHT : 1;
            // one point per actor and sentence: three denial words in one sentence are still one quote
            Set<String> voiced = new LinkedHashSet<>();
            for (TermKind kind : VOICE_CUES) {
                facts.cues(kind).forEach(cue -> collect(voiced, voices.subjectsBefore(facts, cue)));
            }
            facts.cues(TermKind.ACCORDING_TO).forEach(cue -> collect(voiced, voices.subjectsAfter(facts, cue)));
            voiced.forEach(code -> scores.merge(code, weight, Integer::sum));
        }
        return scores.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }

    private static void collect(Set<String> voiced, List<ActorMention> subjects) {
        // in text order, so that "the United States and the United Kingdom" tie in favour of the first named
        subjects.stream().sorted(java.util.Comparator.comparingInt(ActorMention::foldedStart))
                .map(ActorMention::code).filter(c -> c != null).forEach(voiced::add);
    }
}
