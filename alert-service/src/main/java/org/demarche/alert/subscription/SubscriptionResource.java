package org.demarche.alert.subscription;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.demarche.alert.delivery.WebhookSigner;
import org.demarche.alert.problem.ProblemException;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.panache.common.Sort;
import io.smallrye.common.annotation.Blocking;

@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SubscriptionResource {

    private final SubscriptionValidator validator;
    private final WebhookSigner signer;
    private final Clock clock;

    public SubscriptionResource(SubscriptionValidator validator, WebhookSigner signer, Clock clock) {
        this.validator = validator;
        this.signer = signer;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(SubscriptionRequest request, UriInfo uri) {
        // no connection is taken from the pool before persist(), so the DNS lookups here hold none
        SubscriptionValidator.Result result = validator.validate(request);
        if (!result.valid()) {
            throw ProblemException.invalid(result.problems());
        }
        Subscription subscription = Subscription.of(UUID.randomUUID(), result.subscription(), signer.newSecret(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        subscription.persist();
        URI location = uri.getAbsolutePathBuilder().path(subscription.id.toString()).build();
        return Response.created(location).entity(SubscriptionView.of(subscription, true)).build();
    }

    @GET
    public List<SubscriptionView> list() {
        List<Subscription> all = Subscription.listAll(Sort.by("createdAt").and("id"));
        return all.stream().map(s -> SubscriptionView.of(s, false)).toList();
    }

    @GET
    @Path("{id}")
    public SubscriptionView get(@RestPath String id) {
        return SubscriptionView.of(find(id), false);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response delete(@RestPath String id) {
        find(id).delete();
        return Response.noContent().build();
    }

    private static Subscription find(String id) {
        Subscription subscription = parseId(id) == null ? null : Subscription.findById(parseId(id));
        if (subscription == null) {
            throw ProblemException.notFound("Subscription " + id);
        }
        return subscription;
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
