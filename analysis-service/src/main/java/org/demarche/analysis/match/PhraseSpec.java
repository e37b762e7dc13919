package org.demarche.analysis.match;

/**
 * One phrase to look for. Written in data files as plain text with optional markers: a leading {@code =} asks for the
 * exact letter case, a leading {@code *} lets the phrase end a longer word (German compounds: "*angriff"), a trailing
 * {@code *} lets it start one (stems: "chinois*", "российск*"). Word boundaries are only checked next to letters of
 * scripts that separate words by spaces, so CJK phrases match anywhere.
 */
public record PhraseSpec(String phrase, CaseRule caseRule, boolean leftBoundary, boolean rightBoundary) {

    public static PhraseSpec parse(String written) {
        return parse(written, CaseRule.ANY);
    }

    public static PhraseSpec parse(String written, CaseRule defaultCase) {
        String p = written.strip();
        CaseRule caseRule = defaultCase;
        if (p.startsWith("=")) {
            caseRule = CaseRule.EXACT;
            p = p.substring(1);
        }
        boolean left = true;
        boolean right = true;
        if (p.startsWith("*")) {
            left = false;
            p = p.substring(1);
        }
        if (p.endsWith("*")) {
            right = false;
            p = p.substring(0, p.length() - 1);
        }
        return new PhraseSpec(p.strip(), caseRule, left, right);
    }
}
