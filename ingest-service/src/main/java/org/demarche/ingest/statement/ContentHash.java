package org.demarche.ingest.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The deduplication key of a statement: hex SHA-256 of the normalised publisher, a line feed and the normalised
 * text. Normalisation removes differences that copy-and-paste introduces (Unicode composition, line endings,
 * surrounding white space; for the publisher also case and inner runs of white space) without touching wording.
 */
public final class ContentHash {

    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

    private ContentHash() {
    }

    public static String of(String publisher, String text) {
        return sha256(normalisePublisher(publisher) + "\n" + normaliseText(text));
    }

    static String normalisePublisher(String publisher) {
        if (publisher == null) {
            return "";
        }
        String composed = Normalizer.normalize(publisher, Normalizer.Form.NFC).strip();
        return WHITE_SPACE_RUN.matcher(composed).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    static String normaliseText(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return LINE_BREAK.matcher(composed).replaceAll("\n").strip();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
