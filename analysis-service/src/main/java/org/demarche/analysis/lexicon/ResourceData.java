package org.demarche.analysis.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Reads the analyzer's data files from the classpath and fingerprints everything read (for the version string). */
public final class ResourceData {

    private final MessageDigest digest;

    public ResourceData() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<byte[]> read(String path) {
        try (InputStream in = ResourceData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            synchronized (digest) {
                digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] require(String path) {
        return read(path).orElseThrow(() -> new IllegalStateException("missing analyzer data file " + path));
    }

    /** The first 12 hex digits of the digest of everything read so far. */
    public String fingerprint() {
        synchronized (digest) {
            try {
                MessageDigest copy = (MessageDigest) digest.clone();
                return HexFormat.of().formatHex(copy.digest()).substring(0, 12);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
