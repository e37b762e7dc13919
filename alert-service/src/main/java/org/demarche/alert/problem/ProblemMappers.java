package org.demarche.alert.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns every error of the HTTP API into problem+json; stack traces are logged, never returned. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException jackson) {
            return malformedBody(jackson, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        Response.ResponseBuilder response = builder(
                new Problem(Problem.GENERIC_TYPE, title, status, detailOf(status, e), path(uri), null));
        if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (e instanceof JacksonException jackson) {
            return malformedBody(jackson, uri);
        }
        LOG.error("unexpected error", e);
        return respond(new Problem(Problem.GENERIC_TYPE, "Internal Server Error", 500,
                "The server could not complete the request", path(uri), null));
    }

    private static Response malformedBody(JacksonException e, UriInfo uri) {
        String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " at " + mapping.getPath().stream().map(ProblemMappers::segment).collect(Collectors.joining())
                : "";
        String detail = "The request body is not valid JSON for this resource" + where + ": " + e.getOriginalMessage();
        return respond(new Problem(Problem.VALIDATION_TYPE, "Malformed request body", 400, detail, path(uri),
                List.of(detail)));
    }

    private static String segment(JsonMappingException.Reference ref) {
        return ref.getFieldName() != null ? "/" + ref.getFieldName() : "/" + ref.getIndex();
    }

    private static String detailOf(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not supported here; send application/json";
            default -> status >= 500 ? "The server could not complete the request" : e.getMessage();
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static Response respond(Problem problem) {
        return builder(problem).build();
    }

    private static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
