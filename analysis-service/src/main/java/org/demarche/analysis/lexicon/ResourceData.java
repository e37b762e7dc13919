package org.demarche.analysis.lexicon;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * Reads the analyzer's data files from the classpath and fingerprints everything read (for the version string).
 *
 * <p>The fingerprint only has to change when the data does, so it is two CRCs (CRC-32C and CRC-32, both intrinsics
 * of the JVM) rather than a cryptographic digest: SHA-256 over the 1.4 MB of data files cost a starting service about
 * 0.1 CPU-second, the digest code running interpreted until the JIT got to it.
 */
public final class ResourceData {

    private static final int FINGERPRINT_HEX_DIGITS = 12;

    private final Checksum crc32c = new CRC32C();
    private final Checksum crc32 = new CRC32();

    public Optional<byte[]> read(String path) {
        try (InputStream in = ResourceData.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(digested(path, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files of {@code names} that exist in the directory of the resource {@code beside} (in its jar, or its
     * directory), by name in the order given, each read as {@link #read} reads it. Probing for files that may not
     * exist is cheaper this way: a class loader looks for a missing resource in every jar of the class path (a
     * packaged service has about 150).
     *
     * @param beside a resource that exists, such as {@code lexicon/common.json}
     */
    public Map<String, byte[]> readBeside(String beside, List<String> names) {
        URL anchor = ResourceData.class.getClassLoader().getResource(beside);
        if (anchor == null) {
            throw new IllegalStateException("missing analyzer data file " + beside);
        }
        String directory = beside.substring(0, beside.lastIndexOf('/') + 1);
        Map<String, byte[]> found = new LinkedHashMap<>();
        for (String name : names) {
            try (InputStream in = new URL(anchor, name).openStream()) {
                found.put(name, digested(directory + name, in.readAllBytes()));
            } catch (FileNotFoundException | NoSuchFileException e) {
                // not there: the probe's answer
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private synchronized byte[] digested(String path, byte[] bytes) {
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        for (Checksum checksum : List.of(crc32c, crc32)) {
            checksum.update(name);
            checksum.update(bytes);
        }
        return bytes;
    }

    public byte[] require(String path) {
        return read(path).orElseThrow(() -> new IllegalStateException("missing analyzer data file " + path));
    }

    /** Twelve hex digits that follow everything read so far, in the order it was read. */
    public synchronized String fingerprint() {
        String both = String.format("%08x%08x", crc32c.getValue(), crc32.getValue());
        return both.substring(0, FINGERPRINT_HEX_DIGITS);
    }
}
