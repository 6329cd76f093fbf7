package org.budgetwatch.events.tables;

import java.math.BigDecimal;
import java.util.List;
import org.budgetwatch.contracts.tables.Cell;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.tables.Row;
import org.budgetwatch.contracts.tables.Table;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.DocumentMetadata;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.LineSpan;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.extraction.model.StatedValue;
import org.budgetwatch.extraction.model.StatementKind;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.model.TextLine;
import org.budgetwatch.extraction.region.Region;

/** Reads a table event back into the library's model, the one the validation rules work on ({@link TablesEventMapper} wrote it). */
public class TablesEventReader {

    public ExtractedDocument read(DocumentTables event) {
        var m = event.getMetadata();
        return new ExtractedDocument(event.getMediaType(),
                new DocumentMetadata(m.getTitle(), m.getDepartment(), m.getRegion(), m.getFiscalYear(),
                        DocumentKind.valueOf(m.getKind().name()), place(m)),
                event.getTables().stream().map(TablesEventReader::table).toList(),
                event.getStatements().stream().map(TablesEventReader::statement).toList(),
                event.getProse().stream().map(l -> new TextLine(l.getLine(), l.getPage(), l.getText())).toList());
    }

    /** The levels as the event carries them: an event written before they existed reads unplaced, as it was published. */
    private static Region place(org.budgetwatch.contracts.common.DocumentMetadata m) {
        return m.getProvince() == null && m.getCity() == null && m.getDistrict() == null ? null
                : new Region(m.getProvince(), m.getCity(), m.getDistrict());
    }

    private static NarrativeStatement statement(org.budgetwatch.contracts.tables.NarrativeStatement s) {
        var location = s.getLocation();
        return new NarrativeStatement(s.getText(), StatementKind.valueOf(s.getKind().name()), s.getSubject(),
                s.getValues().stream().map(v -> new StatedValue(v.getRole(), amount(v.getAmount()))).toList(),
                location == null ? 0 : valueOr(location.getLineStart()), s.getTableIndex(), s.getRowIndex(),
                location == null ? null : location.getPage());
    }

    private static PrintedAmount amount(org.budgetwatch.contracts.common.Amount a) {
        return new PrintedAmount(a.getPrinted(), new BigDecimal(a.getValue()), a.getScale(), AmountUnit.valueOf(a.getUnit().name()), List.of());
    }

    private static ExtractedTable table(Table t) {
        AmountUnit unit = AmountUnit.valueOf(t.getUnit().name());
        var location = t.getLocation();
        LineSpan span = location == null ? new LineSpan(null, 0, 0)
                : new LineSpan(location.getPage(), valueOr(location.getLineStart()), valueOr(location.getLineEnd()));
        return new ExtractedTable(t.getIndex(), TableType.valueOf(t.getType().name()), t.getTitle(),
                TableSide.valueOf(t.getSide().name()), unit, span,
                t.getColumns().stream().map(c -> new TableColumn(c.getIndex(), c.getPath(), c.getTotal())).toList(),
                t.getRows().stream().map(r -> row(r, unit)).toList(), t.getEmptyNote(),
                t.getTextColumns().stream().map(c -> new TableColumn(c.getIndex(), c.getPath(), c.getTotal())).toList());
    }

    private static TableRow row(Row r, AmountUnit unit) {
        return new TableRow(r.getIndex(), r.getLabel(), r.getCode(), CodeKind.valueOf(r.getCodeKind().name()),
                CodeLevel.valueOf(r.getLevel().name()), r.getTotal(), valueOr(r.getLine()),
                r.getCells().stream().map(c -> cell(c, unit)).toList(), r.getPage(),
                r.getTexts().stream().map(c -> cell(c, unit)).toList());
    }

    private static TableCell cell(Cell c, AmountUnit unit) {
        var a = c.getAmount();
        PrintedAmount amount = a == null ? null : new PrintedAmount(a.getPrinted(), new BigDecimal(a.getValue()), a.getScale(),
                AmountUnit.valueOf(a.getUnit().name()), List.copyOf(c.getRepairs()));
        return new TableCell(c.getColumn(), c.getText(), amount);
    }

    private static int valueOr(Integer value) {
        return value == null ? 0 : value;
    }
}
