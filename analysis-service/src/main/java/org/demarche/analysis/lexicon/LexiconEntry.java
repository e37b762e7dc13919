package org.demarche.analysis.lexicon;

/** One written phrase of a lexicon file, with its kind and (for coded sections) its code. */
public record LexiconEntry(TermKind kind, String value, String phrase) {
}
