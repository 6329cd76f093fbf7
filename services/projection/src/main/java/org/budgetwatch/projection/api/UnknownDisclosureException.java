package org.budgetwatch.projection.api;

/** A disclosure id the read model does not hold. */
class UnknownDisclosureException extends RuntimeException {

    UnknownDisclosureException(String documentId) {
        super("No disclosure " + documentId + " in the read model");
    }
}
