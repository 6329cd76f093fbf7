package org.budgetwatch.extraction.model;

/** @param path header path, multi-row headers joined with '/' */
public record TableColumn(int index, String path, boolean total) {
}
