package org.demarche.alert.alerting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.Naming;
import org.demarche.contracts.gazetteer.ThreatGroup;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;

/** Turns the namings of an analysed statement into alerts, one per distinct naming. */
public final class AlertFactory {

    /** The identity of a naming within the statement; the alert table has a unique constraint on it. */
    record NamingIdentity(String statementId, String state, String namingKey, String kind, String stance) {
    }

    private final ThreatGroupCatalog catalog;
    private final Supplier<UUID> ids;

    public AlertFactory(ThreatGroupCatalog catalog, Supplier<UUID> ids) {
        this.catalog = catalog;
        this.ids = ids;
    }

    public List<NewAlert> alertsFor(StatementAnalyzed statement, Instant now) {
        if (statement.statementId() == null || statement.statementId().isBlank()) {
            throw new IllegalArgumentException("statementId is required to raise alerts");
        }
        // PostgreSQL keeps microseconds; truncating here keeps webhooks, the stream and the API identical
        Instant createdAt = now.truncatedTo(ChronoUnit.MICROS);
        Map<NamingIdentity, NewAlert> alerts = new LinkedHashMap<>();
        for (Naming naming : statement.namings()) {
            NewAlert alert = alertFor(statement, naming, createdAt);
            alerts.putIfAbsent(new NamingIdentity(alert.statementId(), alert.state(), alert.namingKey(),
                    alert.kind().name(), alert.stance().name()), alert);
        }
        return new ArrayList<>(alerts.values());
    }

    private NewAlert alertFor(StatementAnalyzed statement, Naming naming, Instant createdAt) {
        String groupKey = ThreatGroupCatalog.key(naming.group());
        String resolvedGroupId = naming.groupId() != null ? naming.groupId()
                : catalog.resolve(naming.group()).map(ThreatGroup::id).orElse(null);
        String namingKey = naming.groupId() != null ? naming.groupId()
                : groupKey.isEmpty() ? naming.group() : groupKey;
        return new NewAlert(ids.get(), statement.statementId(), naming.state(), naming.group(), naming.groupId(),
                groupKey, resolvedGroupId, namingKey, naming.kind(), naming.stance(), naming.sponsor(),
                naming.confidence(), naming.evidence(), statement.publisher(), statement.url(),
                statement.publishedAt(), statement.analyzedAt(), createdAt);
    }
}
