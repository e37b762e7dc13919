package org.demarche.analysis.language;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the guesser counts each char as: its script, and for Latin and Cyrillic letters whether the analysed languages
 * use it. Looking up a char's script is a binary search over the Unicode script ranges, done for every non-ASCII char
 * of a sample; here it is done once per 256-char block the texts actually use, then read from the block.
 */
final class LetterClasses {

    static final byte UNCOUNTED = 0;
    static final byte LATIN = 1;
    static final byte FOREIGN_LATIN = 2;
    static final byte CYRILLIC = 3;
    static final byte FOREIGN_CYRILLIC = 4;
    static final byte HANGUL = 5;
    static final byte KANA = 6;
    static final byte HAN = 7;
    static final byte OTHER_SCRIPT_LETTER = 8;

    private static final int BLOCK_BITS = 8;
    private static final int BLOCK_MASK = (1 << BLOCK_BITS) - 1;

    private final OtherLanguages others;
    private final AtomicReferenceArray<byte[]> blocks = new AtomicReferenceArray<>((Character.MAX_VALUE + 1) >>> BLOCK_BITS);

    LetterClasses(OtherLanguages others) {
        this.others = others;
    }

    byte of(char c) {
        byte[] block = blocks.get(c >>> BLOCK_BITS);
        if (block == null) {
            // two threads may both fill a block: they compute the same bytes
            block = fill(c >>> BLOCK_BITS);
            blocks.set(c >>> BLOCK_BITS, block);
        }
        return block[c & BLOCK_MASK];
    }

    private byte[] fill(int blockIndex) {
        byte[] block = new byte[BLOCK_MASK + 1];
        for (int i = 0; i <= BLOCK_MASK; i++) {
            block[i] = classify((char) ((blockIndex << BLOCK_BITS) | i));
        }
        return block;
    }

    private byte classify(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? LATIN : UNCOUNTED;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HANGUL -> HANGUL;
            case HIRAGANA, KATAKANA -> KANA;
            case HAN -> HAN;
            case CYRILLIC -> others.isForeignCyrillic(c) ? FOREIGN_CYRILLIC : CYRILLIC;
            case LATIN -> others.isForeignLatin(c) ? FOREIGN_LATIN : LATIN;
            case COMMON, INHERITED, UNKNOWN -> UNCOUNTED;
            default -> Character.isLetter(c) ? OTHER_SCRIPT_LETTER : UNCOUNTED;
        };
    }
}
