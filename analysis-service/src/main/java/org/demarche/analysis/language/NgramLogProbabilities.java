package org.demarche.analysis.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.internal.Ngram;

/**
 * Lingua's unigram, bigram and trigram models of a detector's languages, gathered into one open-addressing table keyed
 * by the n-gram packed into a long, each slot holding the log of every language's probability side by side.
 *
 * <p>Lingua scores a trigram by looking it up, then its bigram and unigram prefixes, in a separate hash map per
 * language and order, each look-up hashing a fresh string and following three references; over a text that is a
 * few hundred look-ups that mostly miss the CPU caches, the largest single cost of an analysis. Here a trigram costs
 * one to three probes, each reading every language at once. The values are Lingua's own, and the sums are made in
 * Lingua's order with Lingua's float arithmetic ({@code sum += (float) Math.log(p)}), so they are equal bit for bit
 * ({@code CallingThreadConfidenceTest} compares them with Lingua's public method on every corpus sample).
 *
 * <p>The build writes the table to a resource ({@link NgramTableFile}), so that a starting service reads it instead of
 * loading Lingua's models and gathering them.
 */
final class NgramLogProbabilities {

    private static final int MAX_ORDER = 3;
    private static final String[] MODEL_FIELDS = {"unigramLanguageModels", "bigramLanguageModels",
        "trigramLanguageModels"};
    /** Marks a language whose model has no positive probability for the n-gram, so Lingua goes on to the prefix. */
    private static final float ABSENT = Float.NaN;
    private static final long EMPTY = 0;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int NONE_YET = -2;
    private static final int FILE_MAGIC = 0x444D4E47;  // "DMNG"
    private static final int FILE_FORMAT = 1;

    private final Language[] languages;
    /** Column of each language by ordinal, -1 for a language outside the table. */
    private final int[] column;
    private final long[] keys;
    /** Slot s, column c: {@code logs[s * languages.length + c]}. */
    private final float[] logs;
    private final int shift;

    private NgramLogProbabilities(Language[] languages, int capacity) {
        this.languages = languages;
        this.column = new int[Language.values().length];
        Arrays.fill(column, -1);
        for (int c = 0; c < languages.length; c++) {
            column[languages[c].ordinal()] = c;
        }
        this.keys = new long[capacity];
        this.logs = new float[capacity * languages.length];
        Arrays.fill(logs, ABSENT);
        this.shift = Long.SIZE - Integer.numberOfTrailingZeros(capacity);
    }

    /** Loads the detector's unigram to trigram models (if Lingua has not yet) and copies their probabilities. */
    static NgramLogProbabilities of(LanguageDetector detector) {
        Language[] languages = languagesOf(detector);
        List<Map<Language, Map<String, Float>>> models = LinguaModels.load(detector, languages);
        int entries = 0;
        for (Map<Language, Map<String, Float>> order : models) {
            for (Map<String, Float> model : order.values()) {
                entries += model.size();
            }
        }
        // the languages share most n-grams, so the distinct keys are fewer than the entries: at most half full
        NgramLogProbabilities table = new NgramLogProbabilities(languages, Integer.highestOneBit(entries) * 2);
        for (Map<Language, Map<String, Float>> order : models) {
            for (Map.Entry<Language, Map<String, Float>> model : order.entrySet()) {
                int c = table.column[model.getKey().ordinal()];
                for (Map.Entry<String, Float> entry : model.getValue().entrySet()) {
                    float p = entry.getValue();
                    if (p > 0) {
                        table.logs[table.slotFor(key(entry.getKey())) * languages.length + c] = (float) Math.log(p);
                    }
                }
            }
        }
        return table;
    }

    /** The detector's languages in the order of a table's columns. */
    static Language[] languagesOf(LanguageDetector detector) {
        return detector.getLanguages$lingua().stream().sorted().toArray(Language[]::new);
    }

    /**
     * Writes the table: its languages, its capacity, then the slots in use, their keys and their logs, each as one
     * block so that {@link #read} copies them in bulk.
     */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FILE_MAGIC);
        data.writeInt(FILE_FORMAT);
        data.writeInt(languages.length);
        for (Language language : languages) {
            data.writeUTF(language.name());
        }
        int used = 0;
        for (long key : keys) {
            used += key == EMPTY ? 0 : 1;
        }
        data.writeInt(keys.length);
        data.writeInt(used);
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                data.writeInt(slot);
            }
        }
        for (long key : keys) {
            if (key != EMPTY) {
                data.writeLong(key);
            }
        }
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                for (int c = 0; c < languages.length; c++) {
                    data.writeFloat(logs[slot * languages.length + c]);
                }
            }
        }
        data.flush();
    }

    /**
     * Reads a table {@link #write} wrote.
     *
     * @throws IOException when the input is not such a table or holds other languages than {@code expected}
     */
    static NgramLogProbabilities read(InputStream in, Language[] expected) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != FILE_MAGIC || data.readInt() != FILE_FORMAT) {
            throw new IOException("not an n-gram table of this format");
        }
        Language[] languages = new Language[data.readInt()];
        for (int c = 0; c < languages.length; c++) {
            languages[c] = Language.valueOf(data.readUTF());
        }
        if (!Arrays.equals(languages, expected)) {
            throw new IOException("the table holds " + Arrays.toString(languages) + ", not "
                    + Arrays.toString(expected));
        }
        int capacity = data.readInt();
        int used = data.readInt();
        if (Integer.bitCount(capacity) != 1 || used < 0 || used > capacity) {
            throw new IOException("a table of " + used + " in " + capacity + " slots");
        }
        int width = languages.length;
        int[] slots = new int[used];
        block(data, used * Integer.BYTES).asIntBuffer().get(slots);
        long[] keys = new long[used];
        block(data, used * Long.BYTES).asLongBuffer().get(keys);
        float[] logs = new float[used * width];
        block(data, used * width * Float.BYTES).asFloatBuffer().get(logs);
        NgramLogProbabilities table = new NgramLogProbabilities(languages, capacity);
        for (int i = 0; i < used; i++) {
            if (slots[i] < 0 || slots[i] >= capacity) {
                throw new IOException("slot " + slots[i] + " out of " + capacity);
            }
            table.keys[slots[i]] = keys[i];
            System.arraycopy(logs, i * width, table.logs, slots[i] * width, width);
        }
        return table;
    }

    private static ByteBuffer block(DataInputStream data, int length) throws IOException {
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return ByteBuffer.wrap(bytes);
    }

    /** Same languages and the same keys and logs in the same slots. */
    boolean sameAs(NgramLogProbabilities other) {
        return Arrays.equals(languages, other.languages) && Arrays.equals(keys, other.keys)
                && Arrays.equals(logs, other.logs);
    }

    /**
     * What Lingua's {@code computeLanguageProbabilities} gives for these trigrams: each candidate's summed log
     * probability, in the candidates' order, keeping the negative sums only.
     */
    Map<Language, Float> probabilities(Set<Ngram> trigrams, Set<Language> candidates) {
        int width = languages.length;
        int[] columns = new int[candidates.size()];
        int n = 0;
        for (Language language : candidates) {
            int c = column[language.ordinal()];
            if (c < 0) {
                throw new IllegalArgumentException(language + " has no model in this table");
            }
            columns[n++] = c;
        }
        float[] sums = new float[n];
        // the slot of the n-gram's prefix of each length, found when a language first needs it
        int[] slots = new int[MAX_ORDER];
        for (Ngram ngram : trigrams) {
            String value = ngram.getValue();
            if (value.length() > MAX_ORDER) {
                throw new IllegalArgumentException("only n-grams up to trigrams are scored: " + value);
            }
            Arrays.fill(slots, NONE_YET);
            for (int i = 0; i < n; i++) {
                int c = columns[i];
                for (int length = value.length(); length >= 1; length--) {
                    int slot = slots[length - 1];
                    if (slot == NONE_YET) {
                        slot = find(key(value, length));
                        slots[length - 1] = slot;
                    }
                    if (slot >= 0) {
                        float log = logs[slot * width + c];
                        if (!Float.isNaN(log)) {
                            sums[i] += log;
                            break;
                        }
                    }
                }
            }
        }
        Map<Language, Float> probabilities = new LinkedHashMap<>();
        int i = 0;
        for (Language language : candidates) {
            float sum = sums[i++];
            if (sum < 0.0) {
                probabilities.put(language, sum);
            }
        }
        return probabilities;
    }

    private static long key(String ngram) {
        return key(ngram, ngram.length());
    }

    /** The first {@code length} chars (one to three), 16 bits each, under the length: never {@link #EMPTY}. */
    private static long key(String ngram, int length) {
        long key = length;
        for (int i = 0; i < length; i++) {
            key = (key << Character.SIZE) | ngram.charAt(i);
        }
        return key;
    }

    private int home(long key) {
        return (int) ((key * GOLDEN) >>> shift);
    }

    /** The slot of the key, -1 when no model has it. */
    private int find(long key) {
        int mask = keys.length - 1;
        for (int slot = home(key); ; slot = (slot + 1) & mask) {
            long at = keys[slot];
            if (at == key) {
                return slot;
            }
            if (at == EMPTY) {
                return -1;
            }
        }
    }

    private int slotFor(long key) {
        int mask = keys.length - 1;
        for (int slot = home(key); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                return slot;
            }
        }
    }

    /** Where Lingua 1.2 keeps its models: one lazily filled map per n-gram order, shared by all detectors. */
    private static final class LinguaModels {

        static List<Map<Language, Map<String, Float>>> load(LanguageDetector detector, Language[] languages) {
            try {
                MethodHandle lookUp = MethodHandles.lookup().findVirtual(LanguageDetector.class,
                        "lookUpNgramProbability-as5wtIs$lingua",
                        MethodType.methodType(float.class, Language.class, String.class));
                String[] probes = {"a", "ab", "abc"};
                Object[] orders = new Object[MAX_ORDER];
                for (int order = 0; order < MAX_ORDER; order++) {
                    for (Language language : languages) {
                        // loads the model of this order if Lingua has not yet
                        float ignored = (float) lookUp.invokeExact(detector, language, probes[order]);
                    }
                    Field field = LanguageDetector.class.getDeclaredField(MODEL_FIELDS[order]);
                    field.setAccessible(true);
                    orders[order] = field.get(null);
                }
                List<Map<Language, Map<String, Float>>> ours = new ArrayList<>();
                for (Object order : orders) {
                    ours.add(ofLanguages(order, languages));
                }
                return ours;
            } catch (Throwable e) {
                throw new IllegalStateException("Lingua's models are not where Lingua 1.2 keeps them", e);
            }
        }

        /** The models of the given languages only: other detectors may have loaded others into the same map. */
        @SuppressWarnings("unchecked")
        private static Map<Language, Map<String, Float>> ofLanguages(Object models, Language[] languages) {
            Map<Language, Map<String, Float>> all = (Map<Language, Map<String, Float>>) models;
            Map<Language, Map<String, Float>> ours = new EnumMap<>(Language.class);
            for (Language language : languages) {
                Map<String, Float> model = all.get(language);
                if (model == null) {
                    throw new IllegalStateException("Lingua did not load its model for " + language);
                }
                ours.put(language, model);
            }
            return ours;
        }
    }
}
