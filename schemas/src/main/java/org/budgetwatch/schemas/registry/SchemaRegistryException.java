package org.budgetwatch.schemas.registry;

/** An error answer of the registry ({"error_code": …, "message": …}) or a failure to reach it. */
public class SchemaRegistryException extends RuntimeException {

    /** Confluent's codes, e.g. 40401 subject not found, 40403 schema not found, 409 incompatible. */
    private final int errorCode;
    private final int httpStatus;

    public SchemaRegistryException(int httpStatus, int errorCode, String message) {
        super(message + " (HTTP " + httpStatus + ", error_code " + errorCode + ")");
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = -1;
        this.errorCode = -1;
    }

    public int errorCode() {
        return errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** True for failures worth retrying: the registry could not be reached or answered 5xx. */
    public boolean isTransient() {
        return httpStatus < 0 || httpStatus >= 500;
    }
}
