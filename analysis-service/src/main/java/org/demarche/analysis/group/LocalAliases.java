package org.demarche.analysis.group;

import java.util.ArrayList;
import java.util.List;

/**
 * Names a text gives a group in its own language, next to the name the gazetteer knows: "'솔트 타이푼'(Salt Typhoon)",
 * "“匿名者64”（Anonymous 64）", "APT40 (« Leviathan »)". Later mentions of the local name are that group too, so the
 * denial "否认与所谓“匿名者64”有任何关联" names the group it denies. Only a name in another script than the known
 * one counts (a translation or transcription): "Sandworm (GRU unit 74455)" pairs a group with its sponsor, not an alias.
 */
final class LocalAliases {

    /** A local name is a quoted or bracketed span of at most this many chars. */
    static final int MAX_ALIAS_LENGTH = 24;
    private static final String OPENING_QUOTES = "'\"«“「『‘《";
    private static final String CLOSING_QUOTES = "'\"»”」』’》";
    private static final String OPENING_BRACKETS = "(（";
    private static final String CLOSING_BRACKETS = ")）";

    private LocalAliases() {
    }

    /** The hits plus every later mention of a local name that a hit was paired with. */
    static List<GroupHit> extend(String original, List<GroupHit> hits, java.util.function.IntUnaryOperator sentenceAt) {
        List<GroupHit> out = new ArrayList<>(hits);
        for (GroupHit h : hits) {
            String alias = quotedBefore(original, h.start());
            if (alias == null) {
                alias = bracketedAfter(original, h.end());
            }
            if (alias == null || alias.codePointCount(0, alias.length()) < 2 || !otherScript(alias, h.mention())) {
                continue;
            }
            for (int at = original.indexOf(alias, h.end()); at >= 0; at = original.indexOf(alias, at + alias.length())) {
                int from = at;
                int to = at + alias.length();
                if (out.stream().noneMatch(o -> o.start() < to && from < o.end())) {
                    out.add(new GroupHit(h.group(), h.name(), alias, from, to, Math.max(0, sentenceAt.applyAsInt(from))));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(GroupHit::start));
        return out;
    }

    /** "“匿名者64”（" right before the hit: the quoted name. */
    private static String quotedBefore(String s, int hitStart) {
        int i = hitStart - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || OPENING_BRACKETS.indexOf(s.charAt(i)) < 0) {
            return null;
        }
        i--;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        if (i < 1 || CLOSING_QUOTES.indexOf(s.charAt(i)) < 0) {
            return null;
        }
        int close = i;
        for (int j = close - 1; j >= 0 && close - j <= MAX_ALIAS_LENGTH + 1; j--) {
            if (OPENING_QUOTES.indexOf(s.charAt(j)) >= 0) {
                return s.substring(j + 1, close).strip();
            }
        }
        return null;
    }

    /** "Salt Typhoon(솔트 타이푼)" or "APT40 (« Leviathan »)" right after the hit: the bracketed name. */
    private static String bracketedAfter(String s, int hitEnd) {
        int i = hitEnd;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length() || OPENING_BRACKETS.indexOf(s.charAt(i)) < 0) {
            return null;
        }
        for (int j = i + 1; j < s.length() && j - i <= MAX_ALIAS_LENGTH + 1; j++) {
            char c = s.charAt(j);
            if (CLOSING_BRACKETS.indexOf(c) >= 0) {
                String inner = s.substring(i + 1, j).strip();
                inner = stripQuotes(inner);
                return inner.chars().anyMatch(ch -> ch == ',' || ch == '，' || ch == '、' || ch == ';') ? null : inner;
            }
        }
        return null;
    }

    private static boolean otherScript(String alias, String known) {
        return alias.chars().anyMatch(Character::isLetter) && latin(alias) != latin(known);
    }

    private static boolean latin(String s) {
        return s.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
    }

    private static String stripQuotes(String inner) {
        int a = 0;
        int b = inner.length();
        while (a < b && (OPENING_QUOTES.indexOf(inner.charAt(a)) >= 0 || inner.charAt(a) == ' ')) {
            a++;
        }
        while (b > a && (CLOSING_QUOTES.indexOf(inner.charAt(b - 1)) >= 0 || inner.charAt(b - 1) == ' ')) {
            b--;
        }
        return inner.substring(a, b);
    }
}
