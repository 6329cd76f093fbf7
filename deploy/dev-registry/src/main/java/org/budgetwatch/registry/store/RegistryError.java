package org.budgetwatch.registry.store;

/** A Confluent-style error: HTTP status plus Confluent's error_code. */
public class RegistryError extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    public RegistryError(int httpStatus, int errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    public static RegistryError subjectNotFound(String subject) {
        return new RegistryError(404, 40401, "Subject '" + subject + "' not found.");
    }

    public static RegistryError versionNotFound(String subject, Object version) {
        return new RegistryError(404, 40402, "Version " + version + " not found for subject '" + subject + "'.");
    }

    public static RegistryError schemaNotFound(String detail) {
        return new RegistryError(404, 40403, "Schema not found" + (detail == null ? "" : ": " + detail));
    }

    public static RegistryError invalidSchema(String detail) {
        return new RegistryError(422, 42201, "Invalid schema: " + detail);
    }

    public static RegistryError invalidVersion(String version) {
        return new RegistryError(422, 42202, "The specified version '" + version
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    public static RegistryError invalidCompatibility(String level) {
        return new RegistryError(422, 42203, "Invalid compatibility level: " + level);
    }

    public static RegistryError incompatible(String detail) {
        return new RegistryError(409, 409, "Schema being registered is incompatible with an earlier schema; " + detail);
    }
}
