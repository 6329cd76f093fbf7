package org.budgetwatch.extraction.model;

/** Why a document could not be read. */
public enum RejectionReason {
    EMPTY, UNSUPPORTED_FORMAT, UNREADABLE, NO_TEXT_LAYER, ENCRYPTED, TOO_LARGE, NO_TABLES, TIMEOUT, INTERNAL_ERROR
}
