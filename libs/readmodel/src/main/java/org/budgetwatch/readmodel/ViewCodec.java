package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.CompactIO.integer;
import static org.budgetwatch.readmodel.CompactIO.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.budgetwatch.schemas.DocumentState;

/**
 * A disclosure's view in a compact binary form, field by field in a fixed order: no field names, numbers as variable
 * length integers, a cell's exact value left out when it is its printed text (1234.56) or that text without thousands
 * separators (1,234.56). A view holds thousands of cells; writing it through Jackson's data binding (JSON or Smile) took
 * a fifth of the read model's indexing time.
 *
 * <p>Every field of {@link DisclosureView} and its records is written here and read back in the same order; a field
 * added to the view must be added to both ({@code ViewCodecTest} fails for a field that does not come back). The
 * layout belongs to the index format ({@link IndexCommits#FORMAT}): an index written with another is rebuilt.
 */
final class ViewCodec {

    /** Cell values: none, the printed text, the text without its thousands separators, or written out. */
    private static final byte NO_VALUE = 0;
    private static final byte VALUE_IS_TEXT = 1;
    private static final byte VALUE_IS_TEXT_WITHOUT_SEPARATORS = 2;
    private static final byte VALUE_WRITTEN = 3;

    private ViewCodec() {
    }

    /** The view's bytes. */
    static CompactIO.Out write(DisclosureView view) {
        CompactIO.Out out = new CompactIO.Out();
        try {
            view(out, view);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out;
    }

    private static void view(DataOutput out, DisclosureView view) throws IOException {
        string(out, view.documentId);
        string(out, view.fileName);
        string(out, view.title);
        string(out, view.department);
        string(out, view.region);
        string(out, view.province);
        string(out, view.city);
        string(out, view.district);
        integer(out, view.fiscalYear);
        string(out, view.kind);
        string(out, view.state.name());
        string(out, view.reportStatus);
        string(out, view.rulesetVersion);
        out.writeVLong(view.errors);
        out.writeVLong(view.warnings);
        out.writeVLong(view.infos);
        string(out, view.rejectionReason);
        string(out, view.rejectionMessage);
        out.writeVInt(view.tables.size());
        for (DisclosureView.TableView table : view.tables) {
            table(out, table);
        }
        out.writeVInt(view.statements.size());
        for (DisclosureView.StatementView statement : view.statements) {
            string(out, statement.text());
            string(out, statement.kind());
            string(out, statement.subject());
            integer(out, statement.tableIndex());
            integer(out, statement.rowIndex());
        }
        out.writeVInt(view.findings.size());
        for (DisclosureView.Finding finding : view.findings) {
            finding(out, finding);
        }
    }

    static DisclosureView read(DataInput in) throws IOException {
        DisclosureView view = new DisclosureView();
        view.documentId = string(in);
        view.fileName = string(in);
        view.title = string(in);
        view.department = string(in);
        view.region = string(in);
        view.province = string(in);
        view.city = string(in);
        view.district = string(in);
        view.fiscalYear = integer(in);
        view.kind = string(in);
        view.state = DocumentState.valueOf(string(in));
        view.reportStatus = string(in);
        view.rulesetVersion = string(in);
        view.errors = in.readVLong();
        view.warnings = in.readVLong();
        view.infos = in.readVLong();
        view.rejectionReason = string(in);
        view.rejectionMessage = string(in);
        int tables = in.readVInt();
        view.tables = new ArrayList<>(tables);
        for (int i = 0; i < tables; i++) {
            view.tables.add(table(in));
        }
        int statements = in.readVInt();
        view.statements = new ArrayList<>(statements);
        for (int i = 0; i < statements; i++) {
            view.statements.add(new DisclosureView.StatementView(string(in), string(in), string(in), integer(in), integer(in)));
        }
        int findings = in.readVInt();
        view.findings = new ArrayList<>(findings);
        for (int i = 0; i < findings; i++) {
            view.findings.add(finding(in));
        }
        return view;
    }

    static byte[] bytes(DisclosureView view) {
        CompactIO.Out out = write(view);
        return Arrays.copyOf(out.bytes, out.length);
    }

    static DisclosureView view(byte[] bytes) throws IOException {
        return read(new ByteArrayDataInput(bytes));
    }

    private static void table(DataOutput out, DisclosureView.TableView table) throws IOException {
        out.writeVInt(table.index());
        string(out, table.type());
        string(out, table.title());
        string(out, table.side());
        string(out, table.unit());
        integer(out, table.page());
        out.writeVInt(table.columns().size());
        for (DisclosureView.ColumnView column : table.columns()) {
            out.writeVInt(column.index());
            string(out, column.path());
            out.writeByte(column.total() ? (byte) 1 : 0);
        }
        out.writeVInt(table.rows().size());
        for (DisclosureView.LineItemView row : table.rows()) {
            out.writeVInt(row.index());
            string(out, row.label());
            string(out, row.code());
            string(out, row.codeKind());
            string(out, row.level());
            out.writeByte(row.total() ? (byte) 1 : 0);
            out.writeVInt(row.cells().size());
            for (DisclosureView.CellView cell : row.cells()) {
                cell(out, cell);
            }
        }
    }

    private static DisclosureView.TableView table(DataInput in) throws IOException {
        int index = in.readVInt();
        String type = string(in);
        String title = string(in);
        String side = string(in);
        String unit = string(in);
        Integer page = integer(in);
        int columnCount = in.readVInt();
        List<DisclosureView.ColumnView> columns = new ArrayList<>(columnCount);
        for (int i = 0; i < columnCount; i++) {
            columns.add(new DisclosureView.ColumnView(in.readVInt(), string(in), in.readByte() == 1));
        }
        int rowCount = in.readVInt();
        List<DisclosureView.LineItemView> rows = new ArrayList<>(rowCount);
        for (int i = 0; i < rowCount; i++) {
            int rowIndex = in.readVInt();
            String label = string(in);
            String code = string(in);
            String codeKind = string(in);
            String level = string(in);
            boolean total = in.readByte() == 1;
            int cellCount = in.readVInt();
            List<DisclosureView.CellView> cells = new ArrayList<>(cellCount);
            for (int c = 0; c < cellCount; c++) {
                cells.add(cell(in));
            }
            rows.add(new DisclosureView.LineItemView(rowIndex, label, code, codeKind, level, total, cells));
        }
        return new DisclosureView.TableView(index, type, title, side, unit, page, columns, rows);
    }

    private static void cell(DataOutput out, DisclosureView.CellView cell) throws IOException {
        out.writeVInt(cell.column());
        string(out, cell.text());
        String value = cell.value();
        if (value == null) {
            out.writeByte(NO_VALUE);
        } else if (value.equals(cell.text())) {
            out.writeByte(VALUE_IS_TEXT);
        } else if (cell.text() != null && cell.text().indexOf(',') >= 0 && value.equals(withoutSeparators(cell.text()))) {
            out.writeByte(VALUE_IS_TEXT_WITHOUT_SEPARATORS);
        } else {
            out.writeByte(VALUE_WRITTEN);
            string(out, value);
        }
    }

    private static DisclosureView.CellView cell(DataInput in) throws IOException {
        int column = in.readVInt();
        String text = string(in);
        String value = switch (in.readByte()) {
            case NO_VALUE -> null;
            case VALUE_IS_TEXT -> text;
            case VALUE_IS_TEXT_WITHOUT_SEPARATORS -> withoutSeparators(text);
            case VALUE_WRITTEN -> string(in);
            default -> throw new IOException("not a stored view: unknown cell value tag");
        };
        return new DisclosureView.CellView(column, text, value);
    }

    private static String withoutSeparators(String text) {
        return text.replace(",", "");
    }

    private static void finding(DataOutput out, DisclosureView.Finding finding) throws IOException {
        string(out, finding.ruleId());
        string(out, finding.category());
        string(out, finding.severity());
        string(out, finding.messageZh());
        string(out, finding.messageEn());
        string(out, finding.expected());
        string(out, finding.actual());
        string(out, finding.difference());
        if (finding.addends() == null) {
            out.writeVInt(0);
        } else {
            out.writeVInt(finding.addends().size() + 1);
            for (String addend : finding.addends()) {
                string(out, addend);
            }
        }
        out.writeVInt(finding.locations().size());
        for (DisclosureView.FindingLocation location : finding.locations()) {
            integer(out, location.tableIndex());
            string(out, location.tableType());
            string(out, location.tableTitle());
            integer(out, location.rowIndex());
            string(out, location.rowLabel());
            string(out, location.rowCode());
            integer(out, location.columnIndex());
            string(out, location.columnPath());
            integer(out, location.line());
            string(out, location.sentence());
            integer(out, location.page());
        }
        string(out, finding.fingerprint());
        string(out, finding.unit());
    }

    private static DisclosureView.Finding finding(DataInput in) throws IOException {
        String ruleId = string(in);
        String category = string(in);
        String severity = string(in);
        String messageZh = string(in);
        String messageEn = string(in);
        String expected = string(in);
        String actual = string(in);
        String difference = string(in);
        int addendCount = in.readVInt();
        List<String> addends = null;
        if (addendCount > 0) {
            addends = new ArrayList<>(addendCount - 1);
            for (int i = 1; i < addendCount; i++) {
                addends.add(string(in));
            }
        }
        int locationCount = in.readVInt();
        List<DisclosureView.FindingLocation> locations = new ArrayList<>(locationCount);
        for (int i = 0; i < locationCount; i++) {
            locations.add(new DisclosureView.FindingLocation(integer(in), string(in), string(in), integer(in), string(in), string(in), integer(in),
                    string(in), integer(in), string(in), integer(in)));
        }
        String fingerprint = string(in);
        return new DisclosureView.Finding(ruleId, category, severity, messageZh, messageEn, expected, actual, difference, addends, locations,
                fingerprint, string(in));
    }
}
