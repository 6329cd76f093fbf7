package org.budgetwatch.registry.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetwatch.registry.store.RegistryError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure in Confluent's shape, {"error_code": …, "message": …}: Confluent's clients read error_code to tell
 * "subject not found" from "version not found", and fail on bodies without it.
 */
@RestControllerAdvice
public class RegistryErrors {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryErrors.class);

    @ExceptionHandler(RegistryError.class)
    public ResponseEntity<Object> registryError(RegistryError error) {
        return body(error.httpStatus(), error.errorCode(), error.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Object> unreadable(HttpMessageNotReadableException error) {
        return body(422, 42201, "Invalid request body: expected JSON such as {\"schema\": \"…\"}");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException error) {
        return body(422, 42200, "Invalid value for " + error.getName() + ": " + error.getValue());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<Object> missingParameter(MissingServletRequestParameterException error) {
        return body(422, 42200, error.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<Object> notFound(NoResourceFoundException error) {
        return body(404, 404, "HTTP 404 Not Found");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<Object> methodNotAllowed(HttpRequestMethodNotSupportedException error) {
        return body(405, 405, "HTTP 405 Method Not Allowed");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Object> unsupportedMediaType(HttpMediaTypeNotSupportedException error) {
        return body(415, 415, "HTTP 415 Unsupported Media Type: send " + RegistryMediaTypes.V1_JSON_VALUE
                + ", " + RegistryMediaTypes.JSON_VALUE + " or application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException error) {
        return body(406, 406, "HTTP 406 Not Acceptable: accept " + RegistryMediaTypes.V1_JSON_VALUE
                + ", " + RegistryMediaTypes.JSON_VALUE + " or application/json");
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<Object> storeUnavailable(IllegalStateException error) {
        LOG.warn("Schema log unavailable: {}", error.getMessage());
        return body(500, 50001, "Error in the backend data store: " + error.getMessage());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception error) {
        LOG.error("Unexpected registry error", error);
        return body(500, 50000, "Internal server error: " + error.getClass().getSimpleName());
    }

    private static ResponseEntity<Object> body(int status, int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", code);
        body.put("message", message);
        // the content type is set, not negotiated, so that a client that accepts only another type still reads why
        return ResponseEntity.status(status).contentType(RegistryMediaTypes.V1_JSON).body(body);
    }
}
