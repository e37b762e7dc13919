package org.demarche.alert.alerting;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.demarche.alert.subscription.ActorCodes;
import org.demarche.contracts.gazetteer.ThreatGroup;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;

/** Parses the query parameters of {@code GET /alerts} and the stream, reporting every bad one. */
public final class AlertQueryParser {

    /** Either criteria or the problems; exactly one is non-null. */
    public record Result(AlertCriteria criteria, List<String> problems) {
    }

    private final ThreatGroupCatalog catalog;
    private final int defaultLimit;
    private final int maxLimit;

    public AlertQueryParser(ThreatGroupCatalog catalog, int defaultLimit, int maxLimit) {
        this.catalog = catalog;
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
    }

    public Result parse(String group, String attributor, String sponsor, String since, String limit) {
        List<String> problems = new ArrayList<>();
        String groupKey = null;
        String groupId = null;
        if (group != null) {
            groupKey = ThreatGroupCatalog.key(group);
            if (groupKey.isEmpty()) {
                problems.add("group: '" + group + "' contains no letter or digit");
            }
            groupId = catalog.resolve(group).map(ThreatGroup::id).orElse(null);
        }
        if (attributor != null && !ActorCodes.isStateOrIntergovernmental(attributor)) {
            problems.add("attributor: '" + attributor + "' is not an upper-case ISO 3166-1 alpha-2 code nor one of "
                    + String.join(", ", ActorCodes.INTERGOVERNMENTAL));
        }
        if (sponsor != null && !ActorCodes.isState(sponsor)) {
            problems.add("sponsor: '" + sponsor + "' is not an upper-case ISO 3166-1 alpha-2 state code");
        }
        Instant sinceInstant = null;
        if (since != null) {
            try {
                sinceInstant = Instant.parse(since);
            } catch (DateTimeParseException e) {
                problems.add("since: '" + since + "' is not an ISO-8601 instant such as 2026-01-31T12:00:00Z");
            }
        }
        int limitValue = defaultLimit;
        if (limit != null) {
            try {
                limitValue = Integer.parseInt(limit);
                if (limitValue < 1 || limitValue > maxLimit) {
                    problems.add("limit: must be between 1 and " + maxLimit);
                }
            } catch (NumberFormatException e) {
                problems.add("limit: '" + limit + "' is not an integer");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new AlertCriteria(groupId, groupKey, attributor, sponsor, sinceInstant, limitValue), null);
    }
}
