package org.demarche.ingest.statement;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import org.demarche.ingest.problem.ProblemException;
import org.demarche.ingest.problem.ProblemType;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Turns a request body into a {@link StatementSubmission}. Reads the bytes itself rather than letting the framework
 * bind them, so that malformed JSON, wrong field types and undecodable bytes all become problem+json 400s. Unknown
 * JSON fields are ignored so that clients can send more than this version knows.
 */
public final class SubmissionReader {

    static final String TEXT = "text";
    static final String PUBLISHER = "publisher";
    static final String URL = "url";
    static final String PUBLISHED_AT = "publishedAt";
    static final String LANGUAGE = "language";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ObjectReader json;

    public SubmissionReader(ObjectMapper mapper) {
        this.json = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public StatementSubmission fromJson(byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "body is not valid UTF-8 JSON" + where(e));
        } catch (IOException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "body could not be read as JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "body must be a JSON object with a \"text\" field");
        }
        return new StatementSubmission(string(tree, TEXT), string(tree, PUBLISHER), string(tree, URL),
                string(tree, PUBLISHED_AT), string(tree, LANGUAGE));
    }

    /**
     * A {@code text/plain} body is the text itself; the other fields come from elsewhere (query parameters).
     *
     * @param charsetName the Content-Type's charset parameter, or null for UTF-8
     */
    public StatementSubmission fromPlainText(byte[] body, String charsetName, String publisher, String url,
            String publishedAt, String language) {
        return new StatementSubmission(decode(body, charset(charsetName)), publisher, url, publishedAt, language);
    }

    private static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST,
                    "\"" + field + "\" must be a string, not " + value.getNodeType().name().toLowerCase());
        }
        return value.textValue();
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_CHARSET, "charset " + name + " is not supported");
        }
    }

    private static String decode(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "body is not valid " + charset.name());
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** The position only: Jackson's own message names internal classes and may echo the whole input. */
    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
