package org.budgetwatch.extraction;

import org.budgetwatch.extraction.model.RejectionReason;

/**
 * The work one document may still cause: the table cells it may lay out and the time it may take. The readers of the
 * structured formats charge their cells to it as they lay tables out and check it where they loop, so that a hostile
 * document is stopped while it is being read, before it has filled the heap, and a reading that has run out of time or
 * whose thread was interrupted stops instead of running on. Not thread-safe: one budget per document and thread.
 */
public final class WorkBudget {

    private final ExtractionLimits limits;
    private final long deadline;
    private long cells;
    private long operators;

    public WorkBudget(ExtractionLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** @throws Exceeded TIMEOUT when the time is up or the thread has been interrupted (the flag stays set) */
    public void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded(RejectionReason.TIMEOUT, "Reading the document was stopped: it took longer than the extractor allows");
        }
        if (System.nanoTime() - deadline > 0) {
            throw new Exceeded(RejectionReason.TIMEOUT, "Reading the document took longer than " + limits.maxTime().toSeconds() + " s");
        }
    }

    /**
     * One more content-stream operator of a PDF page interpreted: the time is checked every thousand, so that a page
     * drawn with millions of operators is stopped while it is being read.
     *
     * @throws Exceeded TIMEOUT as {@link #check()}
     */
    public void operator() {
        if ((++operators & 1023) == 0) {
            check();
        }
    }

    /**
     * Charges {@code count} laid-out table cells to the document.
     *
     * @throws Exceeded TOO_LARGE when the document's cells pass the limit
     */
    public void cells(long count) {
        cells += count;
        if (cells > limits.maxCells()) {
            throw new Exceeded(RejectionReason.TOO_LARGE, "The document's tables lay out more than " + limits.maxCells()
                    + " cells (spans expanded), the limit; a disclosure has tens of thousands");
        }
        check();
    }

    /** @throws Exceeded TOO_LARGE when a table's grid is wider than the limit */
    public void columns(long width) {
        if (width > limits.maxColumns()) {
            throw new Exceeded(RejectionReason.TOO_LARGE, "A table is " + width + " columns wide (spans expanded), more than the limit of "
                    + limits.maxColumns());
        }
    }

    /** @throws Exceeded TOO_LARGE when tables nest deeper than the limit */
    public void nesting(int depth) {
        if (depth > limits.maxNesting()) {
            throw new Exceeded(RejectionReason.TOO_LARGE, "Tables are nested " + depth + " deep, more than the limit of " + limits.maxNesting());
        }
    }

    /** The document would cause more work than its budget allows; the extraction ends in a rejection with this reason. */
    public static final class Exceeded extends RuntimeException {

        private final RejectionReason reason;

        public Exceeded(RejectionReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public RejectionReason reason() {
            return reason;
        }
    }
}
