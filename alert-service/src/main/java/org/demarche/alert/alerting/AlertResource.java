package org.demarche.alert.alerting;

import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.demarche.alert.delivery.Delivery;
import org.demarche.alert.delivery.DeliveryView;
import org.demarche.alert.problem.ProblemException;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.common.annotation.Blocking;

@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AlertResource {

    /** An alert with the state of its deliveries. */
    public record AlertDetail(@JsonUnwrapped AlertView alert, List<DeliveryView> deliveries) {
    }

    private final AlertQueryParser parser;

    public AlertResource(AlertQueryParser parser) {
        this.parser = parser;
    }

    /** Newest first. */
    @GET
    @Transactional
    public List<AlertView> list(@RestQuery String group, @RestQuery String attributor, @RestQuery String sponsor,
            @RestQuery String since, @RestQuery String limit) {
        AlertQueryParser.Result query = parser.parse(group, attributor, sponsor, since, limit);
        if (query.problems() != null) {
            throw ProblemException.invalid(query.problems());
        }
        AlertCriteria criteria = query.criteria();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (criteria.groupKey() != null) {
            if (criteria.groupId() != null) {
                where.append(" and (resolvedGroupId = :groupId or groupKey = :groupKey)");
                params.and("groupId", criteria.groupId());
            } else {
                where.append(" and groupKey = :groupKey");
            }
            params.and("groupKey", criteria.groupKey());
        }
        if (criteria.attributor() != null) {
            where.append(" and state = :attributor");
            params.and("attributor", criteria.attributor());
        }
        if (criteria.sponsor() != null) {
            where.append(" and sponsor = :sponsor");
            params.and("sponsor", criteria.sponsor());
        }
        if (criteria.since() != null) {
            where.append(" and createdAt >= :since");
            params.and("since", criteria.since());
        }
        PanacheQuery<Alert> alerts = Alert.find(where.toString(),
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), params);
        return alerts.page(0, criteria.limit()).list().stream().map(Alert::view).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public AlertDetail get(@RestPath String id) {
        UUID alertId = parseId(id);
        Alert alert = alertId == null ? null : Alert.findById(alertId);
        if (alert == null) {
            throw ProblemException.notFound("Alert " + id);
        }
        List<Delivery> deliveries = Delivery.list("alertId", Sort.by("createdAt").and("id"), alert.id);
        return new AlertDetail(alert.view(), deliveries.stream().map(Delivery::view).toList());
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
