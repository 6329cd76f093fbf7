package org.budgetwatch.ingest.api;

import org.budgetwatch.ingest.content.ContentStoreFullException;
import org.budgetwatch.ingest.submission.DocumentTooLargeException;
import org.budgetwatch.ingest.submission.InvalidSubmissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** JSON error bodies {"status", "error", "message"}; never a stack trace. */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<ApiError> invalid(InvalidSubmissionException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({DocumentTooLargeException.class, MaxUploadSizeExceededException.class})
    ResponseEntity<ApiError> tooLarge(RuntimeException e) {
        if (e instanceof MaxUploadSizeExceededException && causedByPartHeaders(e)) {
            // not the file: the headers of its part, which carry the file name
            return body(HttpStatus.BAD_REQUEST, "The file name (the headers of the multipart part) is longer than the limit; shorten it");
        }
        return body(HttpStatus.PAYLOAD_TOO_LARGE, e instanceof DocumentTooLargeException ? e.getMessage()
                : "The file is larger than the configured limit");
    }

    private static boolean causedByPartHeaders(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().toLowerCase(java.util.Locale.ROOT).contains("header")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler({MultipartException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ApiError> notMultipart(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "Send the document as multipart/form-data with a part named 'file'");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "Invalid value for " + e.getName() + ": " + e.getValue());
    }

    @ExceptionHandler(UnknownDocumentException.class)
    ResponseEntity<ApiError> unknown(UnknownDocumentException e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(PipelineBusyException.class)
    ResponseEntity<ApiError> busy(PipelineBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(new ApiError(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), e.getMessage()));
    }

    @ExceptionHandler(ContentStoreFullException.class)
    ResponseEntity<ApiError> storeFull(ContentStoreFullException e) {
        log.warn("Refused a large submission: {}", e.getMessage());
        return body(HttpStatus.INSUFFICIENT_STORAGE, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiError> unavailable(IllegalStateException e) {
        log.error("Could not accept a submission", e);
        return body(HttpStatus.SERVICE_UNAVAILABLE, "The pipeline cannot take documents right now; try again later");
    }

    private static ResponseEntity<ApiError> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }
}
