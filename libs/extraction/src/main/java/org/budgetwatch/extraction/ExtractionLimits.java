package org.budgetwatch.extraction;

/** Bounds that keep a hostile or broken file from exhausting the extractor. */
public record ExtractionLimits(long maxBytes) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L * 1024 * 1024);
    }
}
