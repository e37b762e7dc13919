package org.demarche.analysis.api;

import java.io.IOException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.demarche.analysis.StatementInput;
import org.demarche.contracts.StatementText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Turns the raw body of {@code POST /analysis} into a {@link StatementInput}, or says precisely what is wrong with
 * it. Plain Java, so that every rejection is unit-testable without Quarkus.
 */
public final class AnalysisRequestReader {

    /** Primary language subtag as the event contracts carry it (ISO 639-1 or 639-2/3). */
    private static final Pattern PRIMARY_LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private static final String EXPECTED_SHAPE = "expected a JSON object of string fields: text (required), "
            + "publisher, publishedAt, url, language, statementId";

    private final ObjectReader reader;
    private final int maxTextBytes;

    public AnalysisRequestReader(ObjectMapper mapper, int maxTextBytes) {
        // unknown fields are tolerated whatever the shared mapper says, so that callers may send more metadata
        this.reader = mapper.readerFor(AnalysisRequest.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.maxTextBytes = maxTextBytes;
    }

    public StatementInput read(byte[] body) {
        AnalysisRequest request = parse(body);
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidAnalysisRequestException(ProblemType.BLANK_TEXT, "the field text must contain the statement");
        }
        long textBytes = StatementText.utf8Length(request.text());
        if (textBytes > maxTextBytes) {
            throw new InvalidAnalysisRequestException(ProblemType.TEXT_TOO_LARGE,
                    "text is " + textBytes + " bytes in UTF-8, the limit is " + maxTextBytes);
        }
        return new StatementInput(request.statementId(), request.text(), request.publisher(), request.url(),
                request.publishedAt(), primaryLanguage(request.language()), null);
    }

    private AnalysisRequest parse(byte[] body) {
        try {
            AnalysisRequest request = body == null || body.length == 0 ? null : reader.readValue(body);
            if (request == null) {
                throw new InvalidAnalysisRequestException(ProblemType.MALFORMED_JSON, "the request body is empty");
            }
            return request;
        } catch (StreamReadException e) {
            throw new InvalidAnalysisRequestException(ProblemType.MALFORMED_JSON, "not JSON: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            // Jackson's binding messages name our classes; say what is expected instead
            throw new InvalidAnalysisRequestException(ProblemType.MALFORMED_JSON, EXPECTED_SHAPE);
        } catch (IOException e) {
            throw new InvalidAnalysisRequestException(ProblemType.MALFORMED_JSON, "unreadable body: " + e.getMessage());
        }
    }

    /** Accepts any well-formed BCP 47 tag ("pt-BR", "ZH-hant") and keeps its primary language ("pt", "zh"). */
    static String primaryLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String language;
        try {
            language = new Locale.Builder().setLanguageTag(tag.strip()).build().getLanguage();
        } catch (IllformedLocaleException e) {
            throw invalidLanguage(tag);
        }
        if (!PRIMARY_LANGUAGE.matcher(language).matches()) {
            throw invalidLanguage(tag);
        }
        return language;
    }

    private static InvalidAnalysisRequestException invalidLanguage(String tag) {
        return new InvalidAnalysisRequestException(ProblemType.INVALID_LANGUAGE,
                "language \"" + tag + "\" is not a BCP 47 tag such as \"en\" or \"pt-BR\"");
    }
}
