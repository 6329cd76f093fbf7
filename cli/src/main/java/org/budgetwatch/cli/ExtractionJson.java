package org.budgetwatch.cli;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.TableConfidence;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.region.Region;

/**
 * The JSON shape of `budgetwatch extract --json`: one object per input file.
 *
 * @param region   as printed
 * @param province the region's province in the national gazetteer, with its {@code city} and {@code district}; null
 *                 where the region could not be placed
 */
public record ExtractionJson(String file, String documentId, String mediaType, String title, String department, String region,
                             String province, String city, String district, Integer fiscalYear, String kind, List<TableJson> tables, List<StatementJson> statements,
                             RejectionJson rejection) {

    /** @param textColumns columns of words (a date, a person, a note): each row's {@code texts}, never figures */
    public record TableJson(int index, String type, String title, String side, String unit, Integer page, Integer firstLine,
                            Integer lastLine, double confidence, List<ColumnJson> columns, List<RowJson> rows, String emptyNote,
                            List<ColumnJson> textColumns) {
    }

    public record ColumnJson(int index, String path, boolean total) {
    }

    public record RowJson(int index, String label, String code, String codeKind, String level, boolean total, int line,
                          Integer page, List<CellJson> cells, List<TextJson> texts) {
    }

    public record TextJson(int column, String text) {
    }

    /** @param value exact decimal, null when blank or not a figure; scale = printed decimals */
    public record CellJson(int column, String text, BigDecimal value, Integer scale, List<String> repairs) {
    }

    public record RejectionJson(String reason, String message) {
    }

    /** @param values role → exact value (amounts in the unit stated, shares and rates in percent, changes signed) */
    public record StatementJson(String text, String kind, String subject, List<ValueJson> values, int line, Integer tableIndex,
                                Integer rowIndex) {
    }

    public record ValueJson(String role, String printed, BigDecimal value, Integer scale, String unit) {
    }

    static ExtractionJson of(String file, byte[] content, ExtractionResult result) {
        String id = sha256(content);
        if (result instanceof ExtractionResult.Rejected rejected) {
            return new ExtractionJson(file, id, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                    new RejectionJson(rejected.reason().name(), rejected.message()));
        }
        ExtractedDocument d = ((ExtractionResult.Extracted) result).document();
        var m = d.metadata();
        Region place = m.place();
        return new ExtractionJson(file, id, d.mediaType(), m.title(), m.department(), m.region(), place == null ? null : place.province(),
                place == null ? null : place.city(), place == null ? null : place.district(), m.fiscalYear(), m.kind().name(),
                d.tables().stream().map(ExtractionJson::table).toList(),
                d.statements().stream().map(st -> new StatementJson(st.text(), st.kind().name(), st.subject(),
                        st.values().stream().map(v -> new ValueJson(v.role(), v.amount().printed(), v.amount().value(), v.amount().scale(),
                                v.amount().unit().name())).toList(), st.line(), st.tableIndex(), st.rowIndex())).toList(),
                null);
    }

    static ExtractionJson unreadable(String file, String message) {
        return new ExtractionJson(file, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                new RejectionJson("UNREADABLE", message));
    }

    private static TableJson table(ExtractedTable t) {
        return new TableJson(t.index(), t.type().name(), t.title(), t.side().name(), t.unit().name(), t.location().page(),
                t.location().firstLine(), t.location().lastLine(), TableConfidence.of(t).score(),
                t.columns().stream().map(c -> new ColumnJson(c.index(), c.path(), c.total())).toList(),
                t.rows().stream().map(ExtractionJson::row).toList(), t.emptyNote(),
                t.textColumns().stream().map(c -> new ColumnJson(c.index(), c.path(), c.total())).toList());
    }

    private static RowJson row(TableRow r) {
        return new RowJson(r.index(), r.label(), r.code(), r.codeKind().name(), r.level().name(), r.total(), r.line(), r.page(),
                r.cells().stream().map(ExtractionJson::cell).toList(), r.texts().stream().map(c -> new TextJson(c.column(), c.text())).toList());
    }

    private static CellJson cell(TableCell c) {
        PrintedAmount a = c.amount();
        return new CellJson(c.column(), c.text(), a == null ? null : a.value(), a == null ? null : a.scale(),
                a == null ? List.of() : a.repairs());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
