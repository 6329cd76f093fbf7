package org.budgetwatch.registry.api;

import java.util.Map;
import org.budgetwatch.registry.store.RegistryError;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Errors in Confluent's shape: {"error_code": …, "message": …}. */
@RestControllerAdvice
public class RegistryErrors {

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

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<Object> notFound(NoResourceFoundException error) {
        return body(404, 404, "HTTP 404 Not Found");
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<Object> storeUnavailable(IllegalStateException error) {
        return body(500, 50001, "Error in the backend data store: " + error.getMessage());
    }

    private static ResponseEntity<Object> body(int status, int code, String message) {
        return ResponseEntity.status(status).contentType(RegistryController.SCHEMA_REGISTRY_V1)
                .body(Map.of("error_code", code, "message", message));
    }
}
