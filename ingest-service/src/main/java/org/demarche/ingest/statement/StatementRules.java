package org.demarche.ingest.statement;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.demarche.contracts.StatementText;
import org.demarche.ingest.problem.ProblemException;
import org.demarche.ingest.problem.ProblemType;

/** Checks a submission and puts its optional fields in canonical form; throws {@link ProblemException}. */
public final class StatementRules {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    private static final char NUL = '\u0000';

    private final StatementLimits limits;

    public StatementRules(StatementLimits limits) {
        this.limits = limits;
    }

    public ValidatedStatement validate(StatementSubmission submission) {
        String text = submission.text();
        if (text == null || text.isBlank()) {
            throw new ProblemException(ProblemType.BLANK_TEXT, "text must contain a non-blank statement");
        }
        long bytes = StatementText.utf8Length(text);
        if (bytes > limits.maxTextBytes()) {
            throw new ProblemException(ProblemType.TEXT_TOO_LARGE,
                    "text is " + bytes + " bytes of UTF-8; the limit is " + limits.maxTextBytes());
        }
        requireStorable("text", text);
        return new ValidatedStatement(text,
                publisher(submission.publisher()),
                url(submission.url()),
                publishedAt(submission.publishedAt()),
                language(submission.language()));
    }

    private String publisher(String raw) {
        String publisher = blankToNull(raw);
        if (publisher == null) {
            return null;
        }
        if (publisher.length() > limits.maxPublisherLength()) {
            throw invalid("publisher is longer than " + limits.maxPublisherLength() + " characters");
        }
        requireStorable("publisher", publisher);
        return publisher;
    }

    private String url(String raw) {
        String url = blankToNull(raw);
        if (url == null) {
            return null;
        }
        if (url.length() > limits.maxUrlLength()) {
            throw invalid("url is longer than " + limits.maxUrlLength() + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("url is not a valid URI: " + e.getReason());
        }
        if (!uri.isAbsolute() || !WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            throw invalid("url must be an absolute http or https URL with a host");
        }
        return url;
    }

    private static String publishedAt(String raw) {
        String publishedAt = blankToNull(raw);
        if (publishedAt == null) {
            return null;
        }
        if (!isIsoDate(publishedAt) && !isIsoDateTime(publishedAt)) {
            throw invalid("publishedAt must be an ISO-8601 date (2024-07-09) or date-time (2024-07-09T10:00:00Z)");
        }
        return publishedAt;
    }

    private static String language(String raw) {
        String language = blankToNull(raw);
        if (language == null) {
            return null;
        }
        if (!LANGUAGE.matcher(language).matches()) {
            throw invalid("language must be a two- or three-letter ISO 639 code such as \"en\" or \"fil\"");
        }
        return language.toLowerCase(Locale.ROOT);
    }

    private static boolean isIsoDate(String value) {
        try {
            LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** With or without offset or zone: publishers often give local times. */
    private static boolean isIsoDateTime(String value) {
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** PostgreSQL text cannot hold NUL, and a lone surrogate has no UTF-8 form: both would corrupt what we store. */
    private static void requireStorable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == NUL) {
                throw invalid(field + " contains a NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw invalid(field + " contains an unpaired UTF-16 surrogate (not valid Unicode)");
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_FIELD, detail);
    }
}
