package org.demarche.analysis.api;

/** UTF-8 size of a string without encoding it (the text can be large and the limit is in bytes). */
final class Utf8 {

    private Utf8() {
    }

    static long length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
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
