package org.demarche.analysis.actor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;
import org.demarche.analysis.text.NormalizedText;
import org.demarche.analysis.text.SentenceIndex;

/**
 * Victims named in the phrase a victim marker governs: the first state mention after "against"/"contre"/"gegen"
 * ("contre le ministère italien des Affaires étrangères"), or the mention right before "に対する攻撃"/"에 대한 공격".
 * The phrase ends at clause punctuation, at a verb cue or at another state mention ("against Ukraine by Russian hackers":
 * only Ukraine is the victim); lists continuing a victim are handled by the caller.
 */
final class Victims {

    /** Cues that open another clause (verbs and their like); "the governments of" or "cyber" do not. */
    private static final Set<TermKind> VERBS = EnumSet.of(TermKind.ATTRIBUTION, TermKind.REPORTING,
            TermKind.REPORTED_ATTRIBUTION, TermKind.SAME_ASSESSMENT, TermKind.ACCORDING_TO, TermKind.CONDEMNATION,
            TermKind.DENIAL, TermKind.ACCUSER_DENIAL);

    private final NormalizedText text;
    private final SentenceIndex sentences;
    private final List<Match<Term>> markers;
    private final List<Match<Term>> cues;
    private final List<Match<ActorMention>> mentions;

    Victims(NormalizedText text, SentenceIndex sentences, List<Match<Term>> markers, List<Match<Term>> cues,
            List<Match<ActorMention>> mentions) {
        this.text = text;
        this.sentences = sentences;
        this.markers = markers;
        this.cues = cues;
        this.mentions = mentions;
    }

    boolean isVictim(Match<ActorMention> mention) {
        int sentence = sentences.sentenceAt(mention.start());
        for (Match<Term> marker : markers) {
            if (sentences.sentenceAt(marker.start()) != sentence) {
                continue;
            }
            boolean governs = marker.payload().kind() == TermKind.VICTIM_PREFIX
                    ? phrase(marker.foldedEnd(), mention.foldedStart(), ActorRecognizer.VICTIM_REACH)
                    : phrase(mention.foldedEnd(), marker.foldedStart(), ActorRecognizer.VICTIM_SUFFIX_REACH);
            if (governs) {
                return true;
            }
        }
        return false;
    }

    private static boolean betweenHan(String folded, int i) {
        return i > 0 && i + 1 < folded.length()
                && Character.UnicodeScript.of(folded.codePointBefore(i)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(folded.codePointAt(i + 1)) == Character.UnicodeScript.HAN;
    }

    /** Whether {@code from..to} is one stretch of a noun phrase: short, no clause punctuation, cue or other actor. */
    private boolean phrase(int from, int to, int reach) {
        if (to < from || !ScriptReach.within(text.folded(), from, to, reach)) {
            return false;
        }
        String folded = text.folded();
        for (int i = from; i < to; i++) {
            char c = folded.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == '"' || c == '\n' || c == '!'
                    || c == '?' || c == '，' || c == '、' || c == '。' || c == '「' || c == '“' || c == '；' || c == '：'
                    || c == ' ' && betweenHan(folded, i)) {
                // a space between Han characters (an ideographic space, folded) ends a headline clause
                // ("企图入侵政府电邮系统　中方否认")
                return false;
            }
        }
        for (Match<Term> c : cues) {
            if (c.foldedStart() < to && c.foldedEnd() > from && VERBS.contains(c.payload().kind())) {
                return false;
            }
        }
        for (Match<ActorMention> m : mentions) {
            // "contra el Ministerio de Defensa de Ucrania": a ministry is part of the victim's phrase
            if (m.foldedStart() >= from && m.foldedEnd() <= to && m.payload().role() != ActorRole.BODY) {
                return false;
            }
        }
        return true;
    }
}
