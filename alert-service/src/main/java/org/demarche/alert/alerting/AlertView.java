package org.demarche.alert.alerting;

import java.time.Instant;
import java.util.UUID;

import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Stance;

/** An alert as webhooks, {@code GET /alerts} and the stream show it. */
public record AlertView(
        UUID id,
        String type,
        String statementId,
        String state,
        String group,
        String groupId,
        NamingKind kind,
        Stance stance,
        String sponsor,
        Confidence confidence,
        String evidence,
        String publisher,
        String url,
        String publishedAt,
        Instant analyzedAt,
        Instant createdAt) {

    public static final String TYPE = "demarche.alert.naming.v1";
}
