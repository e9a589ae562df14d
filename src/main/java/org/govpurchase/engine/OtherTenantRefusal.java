package org.govpurchase.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On /engine-rest, a command on another agency's task or instance is "not found" (404), as a query
 * for it already is: the engine refuses it with a plain {@link ProcessEngineException} ("... belongs
 * to no authenticated tenant"), which the REST API would answer with 500, or which it wraps first in
 * its own {@link RestException} (completing a task, setting a variable: 500; reading a form: 400).
 * A refusal for want of a permission that the REST API wraps the same way (adding a comment: 400 "Not
 * enough parameters submitted") is the 403 it is unwrapped. Every other exception keeps the REST
 * API's own answer.
 */
@Component
@Profile("!workers")
class OtherTenantRefusal implements ResourceConfigCustomizer {

  /** the engine's wording for a row of a tenant the caller is not a member of (CommandLogger 034) */
  static final String ENGINE_WORDING = "belongs to no authenticated tenant";
  static final String MESSAGE = "没有找到该任务或流程实例，或它不属于您所在的购买主体";

  @Override
  public void customize(ResourceConfig config) {
    config.register(new Mapper());
    config.register(new WrappedMapper());
  }

  /** the engine's refusal, or the REST API's exception that wraps it */
  static boolean otherTenants(Throwable exception) {
    for (Throwable e = exception; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e.getMessage() != null && e.getMessage().contains(ENGINE_WORDING)) {
        return true;
      }
    }
    return false;
  }

  static Response notFound() {
    return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "NotFound", "message", MESSAGE)).build();
  }

  @Priority(1) // before the REST API's own mapper of the same exception type
  static final class Mapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler restApi = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return otherTenants(exception) ? notFound() : restApi.toResponse(exception);
    }
  }

  @Priority(1) // before the REST API's own mapper of the same exception type
  static final class WrappedMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler restApi = new RestExceptionHandler();

    private final ProcessEngineExceptionHandler engineRefusal = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      if (otherTenants(exception)) {
        return notFound();
      }
      for (Throwable e = exception.getCause(); e != null && e.getCause() != e; e = e.getCause()) {
        if (e instanceof AuthorizationException refusal) {
          return engineRefusal.toResponse(refusal);
        }
      }
      return restApi.toResponse(exception);
    }
  }
}
