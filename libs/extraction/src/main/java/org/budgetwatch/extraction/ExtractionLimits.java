package org.budgetwatch.extraction;

/**
 * Bounds that keep a hostile or broken file from exhausting the extractor.
 *
 * @param maxBytes largest document read
 * @param maxPages most PDF pages read
 * @param maxRows most rows: spreadsheet rows read (all sheets together), and table rows extracted from any format
 * @param maxElements most HTML elements read
 */
public record ExtractionLimits(long maxBytes, int maxPages, int maxRows, int maxElements) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L * 1024 * 1024, 500, 50_000, 200_000);
    }

    public ExtractionLimits withMaxBytes(long bytes) {
        return new ExtractionLimits(bytes, maxPages, maxRows, maxElements);
    }
}
