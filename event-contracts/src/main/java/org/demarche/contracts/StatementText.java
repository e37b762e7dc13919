package org.demarche.contracts;

/**
 * Statement texts are limited in UTF-8 bytes (256 KiB by default) wherever they enter the system; every service
 * measures them the same way, without encoding a text that may be large.
 */
public final class StatementText {

    private static final int ONE_BYTE_LIMIT = 0x80;
    private static final int TWO_BYTE_LIMIT = 0x800;

    private StatementText() {
    }

    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ONE_BYTE_LIMIT) {
                bytes += 1;
            } else if (c < TWO_BYTE_LIMIT) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                // rest of the BMP; a lone surrogate counts as 3 too, an upper bound of what any encoder writes for it
                bytes += 3;
            }
        }
        return bytes;
    }
}
