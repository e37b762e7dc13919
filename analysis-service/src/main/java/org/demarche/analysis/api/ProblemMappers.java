package org.demarche.analysis.api;

import jakarta.ws.rs.WebApplicationException;
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
    public Response invalidRequest(InvalidAnalysisRequestException e, UriInfo uri) {
        return respond(Problem.of(e.problem(), e.getMessage(), uri.getPath()));
    }

    /** 404, 405, 406, 415… raised by the framework before our code runs. */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(new Problem(Problem.ABOUT_BLANK, status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "request to %s failed", uri.getPath());
        return respond(Problem.of(ProblemType.INTERNAL, "the failure has been logged", uri.getPath()));
    }

    private Response respond(Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
