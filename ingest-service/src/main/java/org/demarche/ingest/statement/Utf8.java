package org.demarche.ingest.statement;

/** UTF-8 size of a string without encoding it (texts can be large and the limit is in bytes). */
final class Utf8 {

    private static final int ONE_BYTE_LIMIT = 0x80;
    private static final int TWO_BYTE_LIMIT = 0x800;

    private Utf8() {
    }

    static long length(CharSequence text) {
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
                bytes += 3;
            }
        }
        return bytes;
    }
}
