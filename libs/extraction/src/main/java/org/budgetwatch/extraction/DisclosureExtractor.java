package org.budgetwatch.extraction;

import org.budgetwatch.extraction.format.FormatDetector;
import org.budgetwatch.extraction.format.MediaTypes;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.budgetwatch.extraction.model.StatementKind;
import org.budgetwatch.extraction.html.HtmlDisclosureReader;
import org.budgetwatch.extraction.office.DocDisclosureReader;
import org.budgetwatch.extraction.office.DocxDisclosureReader;
import org.budgetwatch.extraction.office.SpreadsheetDisclosureReader;
import org.budgetwatch.extraction.pdf.PdfDisclosureReader;
import org.budgetwatch.extraction.text.TextDisclosureReader;

/**
 * Entry point of the extraction library: bytes in, the document as read (or why it cannot be read) out.
 * Never throws for bad input: every outcome is a result. Each document gets a {@link WorkBudget} of cells and time from
 * the limits; one that would cause more work is rejected TOO_LARGE or TIMEOUT.
 */
public final class DisclosureExtractor {

    private final ExtractionLimits limits;

    public DisclosureExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractionResult extract(byte[] content) {
        return extract(content, null);
    }

    /**
     * @param mediaType the format as {@link FormatDetector} detected it when the document was accepted (the raw
     *                  document event carries it), so that it is detected once; null to detect it here
     */
    public ExtractionResult extract(byte[] content, String mediaType) {
        if (content == null || content.length == 0) {
            return new ExtractionResult.Rejected(RejectionReason.EMPTY, "The file is empty");
        }
        if (content.length > limits.maxBytes()) {
            return new ExtractionResult.Rejected(RejectionReason.TOO_LARGE,
                    "The file has " + content.length + " bytes, more than the limit of " + limits.maxBytes());
        }
        if (mediaType == null) {
            mediaType = FormatDetector.detect(content);
        }
        if (MediaTypes.PDF.equals(mediaType) && truncated(content)) {
            // PDFBox reads what it can of a cut-off file, which looks like a scan (no text) or a document without tables
            return new ExtractionResult.Rejected(RejectionReason.UNREADABLE,
                    "The PDF is truncated: it does not end with its end-of-file marker (%%EOF); send the whole file");
        }
        WorkBudget budget = new WorkBudget(limits);
        try {
            return withinRowLimit(switch (mediaType) {
                case MediaTypes.TEXT -> tablesOrRejection(TextDisclosureReader.read(content));
                case MediaTypes.PDF -> tablesOrRejection(PdfDisclosureReader.read(content, budget));
                case MediaTypes.HTML -> tablesOrRejection(HtmlDisclosureReader.read(content, budget));
                case MediaTypes.DOCX -> tablesOrRejection(DocxDisclosureReader.read(content, budget));
                case MediaTypes.DOC -> tablesOrRejection(DocDisclosureReader.read(content, budget));
                case MediaTypes.XLSX, MediaTypes.XLS -> tablesOrRejection(SpreadsheetDisclosureReader.read(content, mediaType, budget));
                case MediaTypes.UNKNOWN -> new ExtractionResult.Rejected(RejectionReason.UNSUPPORTED_FORMAT,
                        "The content is neither text nor a known document format (PDF, Word, Excel, HTML)");
                default -> new ExtractionResult.Rejected(RejectionReason.UNSUPPORTED_FORMAT,
                        "Documents of type " + mediaType + " are not read; convert them to DOC(X), XLS(X) or PDF");
            });
        } catch (WorkBudget.Exceeded e) {
            return new ExtractionResult.Rejected(e.reason(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new ExtractionResult.Rejected(RejectionReason.UNREADABLE,
                    "The " + mediaType + " document could not be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Where a complete PDF's last %%EOF must be: at its end, give or take what some producers append after it. */
    private static final int PDF_TRAILER_WINDOW = 4096;
    private static final byte[] PDF_EOF = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static boolean truncated(byte[] pdf) {
        for (int at = pdf.length - PDF_EOF.length; at >= Math.max(0, pdf.length - PDF_TRAILER_WINDOW); at--) {
            if (java.util.Arrays.equals(pdf, at, at + PDF_EOF.length, PDF_EOF, 0, PDF_EOF.length)) {
                return false;
            }
        }
        return true;
    }

    /** A disclosure runs to hundreds of rows; one of more than the limit (a concatenated archive, a dump) is refused. */
    private ExtractionResult withinRowLimit(ExtractionResult result) {
        if (result instanceof ExtractionResult.Extracted extracted) {
            long rows = extracted.document().tables().stream().mapToLong(t -> t.rows().size()).sum();
            if (rows > limits.maxRows()) {
                return new ExtractionResult.Rejected(RejectionReason.TOO_LARGE, "The document's " + extracted.document().tables().size()
                        + " tables have " + rows + " rows, more than the limit of " + limits.maxRows() + "; split the document");
            }
        }
        return result;
    }

    private static ExtractionResult tablesOrRejection(ExtractionResult result) {
        return result instanceof ExtractionResult.Extracted extracted ? tablesOrRejection(extracted.document()) : result;
    }

    /**
     * A document with neither a table nor a stated amount is not a disclosure; one with amounts stated in its text
     * and no table (a disclosure published as a narrative file and a tables file) is read for its statements.
     */
    private static ExtractionResult tablesOrRejection(ExtractedDocument document) {
        boolean statesAmounts = document.statements().stream().anyMatch(s -> s.kind() == StatementKind.AMOUNT);
        if (document.tables().isEmpty() && !statesAmounts) {
            return new ExtractionResult.Rejected(RejectionReason.NO_TABLES,
                    "No budget table and no stated amount was found (no line declaring a unit such as 金额单位：万元 followed by rows)");
        }
        return new ExtractionResult.Extracted(document);
    }
}
