package org.demarche.ingest.statement;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.demarche.ingest.config.IngestConfig;
import org.demarche.ingest.problem.ProblemException;
import org.demarche.ingest.problem.ProblemType;

/**
 * {@code /statements}: submit a statement (JSON, or the bare text as {@code text/plain} with the other fields as
 * query parameters), read one back, list them.
 */
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private final StatementIntake intake;
    private final StatementStore store;
    private final SubmissionReader reader;
    private final IngestConfig.Listing listing;

    public StatementResource(StatementIntake intake, StatementStore store, SubmissionReader reader,
            IngestConfig config) {
        this.intake = intake;
        this.store = store;
        this.reader = reader;
        this.listing = config.listing();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitJson(byte[] body, @Context UriInfo uri) {
        return answer(intake.submit(reader.fromJson(body)), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response submitText(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri,
            @QueryParam("publisher") String publisher, @QueryParam("url") String url,
            @QueryParam("publishedAt") String publishedAt, @QueryParam("language") String language) {
        String charset = headers.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        return answer(intake.submit(reader.fromPlainText(body, charset, publisher, url, publishedAt, language)), uri);
    }

    @GET
    @Path("/{id}")
    public StatementView get(@PathParam("id") String id) {
        return store.findById(id).map(StatementView::of).orElseThrow(
                () -> new ProblemException(ProblemType.STATEMENT_NOT_FOUND, "no statement has id " + id));
    }

    /** Limit is read as text so that a non-number is a 400 problem rather than the framework's bare 404. */
    @GET
    public StatementPage list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        int size = limit(limit);
        List<StatementView> items = store.page(after == null || after.isBlank() ? null : after, size).stream()
                .map(StatementView::of).toList();
        String next = items.size() == size ? items.get(items.size() - 1).id() : null;
        return new StatementPage(items, next);
    }

    private int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return listing.defaultLimit();
        }
        int limit;
        try {
            limit = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > listing.maxLimit()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST,
                    "limit must be a whole number from 1 to " + listing.maxLimit());
        }
        return limit;
    }

    private static Response answer(IntakeOutcome outcome, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path(StatementResource.class).path(outcome.statement().id()).build();
        Response.Status status = outcome.newlyPublished() ? Response.Status.ACCEPTED : Response.Status.OK;
        return Response.status(status).location(location).entity(SubmissionView.of(outcome)).build();
    }
}
