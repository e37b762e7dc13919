package org.demarche.contracts;

import java.time.Instant;
import java.util.List;

import org.demarche.contracts.analysis.Attribution;
import org.demarche.contracts.analysis.Condemnation;
import org.demarche.contracts.analysis.Denial;
import org.demarche.contracts.analysis.GroupMention;
import org.demarche.contracts.analysis.Naming;
import org.demarche.contracts.analysis.Speaker;

/**
 * What analysis-service found in a statement: published to {@link Topics#STATEMENTS_ANALYZED} keyed by
 * {@code statementId}, and the body of {@code POST /analysis} (where {@code statementId} and the statement metadata
 * are null unless given). Schema: {@code schemas/statement-analyzed.v1.schema.json}.
 */
public record StatementAnalyzed(
        int schemaVersion,
        String statementId,
        String language,
        String analyzerVersion,
        String publisher,
        String url,
        String publishedAt,
        Instant receivedAt,
        Instant analyzedAt,
        Speaker speaker,
        List<GroupMention> groups,
        List<Attribution> attributions,
        List<Condemnation> condemnations,
        List<Denial> denials,
        List<Naming> namings) {

    public static final int SCHEMA_VERSION = 1;

    public StatementAnalyzed {
        groups = List.copyOf(groups);
        attributions = List.copyOf(attributions);
        condemnations = List.copyOf(condemnations);
        denials = List.copyOf(denials);
        namings = List.copyOf(namings);
    }
}
