package org.demarche.ingest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every error of the HTTP API as RFC 9457 problem+json; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper mapper;

    public ProblemMappers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.problem().status() >= 500) {
            // the cause is known (e.g. Kafka did not acknowledge): no stack trace needed
            LOG.warnf("%s: %s", uri.getPath(), e.getMessage());
        }
        return respond(Problem.of(e.problem(), e.getMessage(), uri.getPath()), e);
    }

    /** 404, 405, 406, 415… raised by the framework before our code runs. */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Problem problem = new Problem(Problem.ABOUT_BLANK, status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), uri.getPath());
        Response response = respond(problem, null);
        // 405 must keep its Allow header (RFC 9110 15.5.6)
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "request to %s failed", uri.getPath());
        return respond(Problem.of(ProblemType.INTERNAL, null, uri.getPath()), e);
    }

    private Response respond(Problem problem, Throwable cause) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            IllegalStateException failure = new IllegalStateException("cannot write a problem", e);
            if (cause != null) {
                failure.addSuppressed(cause);
            }
            throw failure;
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
