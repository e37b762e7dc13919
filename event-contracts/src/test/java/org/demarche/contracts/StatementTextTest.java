package org.demarche.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "APT40", "Économie", "日本政府は", "Лазарус", "김수키", "emoji 🛰️ and 𝔘"})
    void countsWhatTheEncoderWrites(String text) {
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, StatementText.utf8Length(text));
    }
}
