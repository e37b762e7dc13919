package org.demarche.alert.stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.demarche.alert.AlertServiceConfig;
import org.demarche.alert.alerting.AlertCriteria;
import org.demarche.alert.alerting.AlertQueryParser;
import org.demarche.alert.alerting.AlertView;
import org.demarche.alert.problem.ProblemException;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Multi;

/**
 * {@code GET /alerts/stream}: server-sent events of new alerts (event {@code alert}, id = alert id, data = the
 * alert JSON), filtered like {@code GET /alerts}. A comment is sent at once, so clients see the stream open before
 * the first alert, and then periodically to keep proxies from closing it.
 */
@Path("/alerts/stream")
public class AlertStreamResource {

    static final String EVENT_NAME = "alert";

    private final AlertBroadcaster broadcaster;
    private final AlertQueryParser parser;
    private final AlertServiceConfig.Stream config;

    public AlertStreamResource(AlertBroadcaster broadcaster, AlertQueryParser parser, AlertServiceConfig config) {
        this.broadcaster = broadcaster;
        this.parser = parser;
        this.config = config.stream();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@RestQuery String group, @RestQuery String attributor,
            @RestQuery String sponsor, @RestQuery String since, @Context Sse sse) {
        AlertQueryParser.Result query = parser.parse(group, attributor, sponsor, since, null);
        if (query.problems() != null) {
            throw ProblemException.invalid(query.problems());
        }
        AlertCriteria criteria = query.criteria();
        Multi<OutboundSseEvent> alerts = broadcaster.alerts()
                .filter(criteria::matches)
                .onOverflow().buffer(config.bufferSize())
                .map(alert -> sse.newEventBuilder()
                        .name(EVENT_NAME)
                        .id(alert.id().toString())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(AlertView.class, alert.view())
                        .build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.heartbeatInterval())
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Multi<OutboundSseEvent> opened = Multi.createFrom().item(sse.newEventBuilder().comment("connected").build());
        // subscribed in this order: the alert subscription exists before the "connected" comment goes out
        return Multi.createBy().merging().streams(alerts, heartbeats, opened);
    }
}
