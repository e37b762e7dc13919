package org.demarche.analysis.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.lexicon.TermKind;

/**
 * The voice a text quotes most prominently: every official actor that is the subject of a statement, attribution,
 * condemnation or denial cue scores a point (two in the headline); the highest score wins, the earliest on a tie.
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
            for (TermKind kind : VOICE_CUES) {
                facts.cues(kind).forEach(cue -> count(scores, voices.subjectsBefore(facts, cue), weight));
            }
            facts.cues(TermKind.ACCORDING_TO).forEach(cue -> count(scores, voices.subjectsAfter(facts, cue), weight));
        }
        return scores.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }

    private static void count(Map<String, Integer> scores, List<ActorMention> subjects, int weight) {
        subjects.stream().map(ActorMention::code).filter(c -> c != null).distinct()
                .forEach(code -> scores.merge(code, weight, Integer::sum));
    }
}
