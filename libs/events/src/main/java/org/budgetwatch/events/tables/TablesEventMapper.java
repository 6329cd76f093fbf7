package org.budgetwatch.events.tables;

import java.time.Instant;
import org.budgetwatch.contracts.common.Amount;
import org.budgetwatch.contracts.common.AmountUnit;
import org.budgetwatch.contracts.common.DocumentKind;
import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.common.SourceLocation;
import org.budgetwatch.contracts.raw.DocumentHints;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.tables.Cell;
import org.budgetwatch.contracts.tables.CodeKind;
import org.budgetwatch.contracts.tables.CodeLevel;
import org.budgetwatch.contracts.tables.Column;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.tables.ProseLine;
import org.budgetwatch.contracts.tables.Row;
import org.budgetwatch.contracts.tables.Table;
import org.budgetwatch.contracts.tables.TableSide;
import org.budgetwatch.contracts.tables.TableType;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.arithmetic.TableConfidence;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.NarrativeStatement;
import org.budgetwatch.contracts.tables.StatedValue;
import org.budgetwatch.contracts.tables.StatementKind;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.region.Region;
import org.budgetwatch.extraction.region.Regions;

/**
 * Where a table becomes an Avro record: what the extraction library read, as the table event of
 * {@code disclosures.tables.v1}. {@link TablesEventReader} reads it back.
 */
public class TablesEventMapper {

    public static final String EXTRACTOR_VERSION = "0.1.0";

    public DocumentTables toEvent(RawDocument raw, ExtractedDocument document, Instant now) {
        return DocumentTables.newBuilder()
                .setDocumentId(raw.getDocumentId())
                .setFileName(raw.getFileName())
                .setMediaType(document.mediaType())
                .setSourceUrl(raw.getSourceUrl())
                .setExtractorVersion(EXTRACTOR_VERSION)
                .setExtractedAt(now)
                .setMetadata(metadata(document.metadata(), raw.getHints()))
                .setTables(document.tables().stream().map(TablesEventMapper::table).toList())
                .setStatements(document.statements().stream().map(TablesEventMapper::statement).toList())
                .setProse(document.prose().stream().map(l -> ProseLine.newBuilder().setLine(l.line()).setPage(l.page()).setText(l.text()).build())
                        .toList())
                .build();
    }

    /** What the document says wins; the submitter's hints fill what it does not say, its region placed like the document's. */
    private static DocumentMetadata metadata(org.budgetwatch.extraction.model.DocumentMetadata read, DocumentHints hints) {
        String hintedRegion = hints == null ? null : hints.getRegion();
        String region = read.region() != null ? read.region() : hintedRegion;
        // province, city and district from the national gazetteer, so that a search for 湖北省 finds 东西湖区
        Region place = read.region() != null ? read.place() : Regions.resolve(hintedRegion).orElse(null);
        return DocumentMetadata.newBuilder()
                .setTitle(read.title())
                .setDepartment(read.department() != null ? read.department() : hints == null ? null : hints.getDepartment())
                .setRegion(region)
                .setProvince(place == null ? null : place.province())
                .setCity(place == null ? null : place.city())
                .setDistrict(place == null ? null : place.district())
                .setFiscalYear(read.fiscalYear() != null ? read.fiscalYear() : hints == null ? null : hints.getFiscalYear())
                .setKind(DocumentKind.valueOf(read.kind().name()))
                .build();
    }

    private static Table table(ExtractedTable t) {
        return Table.newBuilder()
                .setIndex(t.index())
                .setType(TableType.valueOf(t.type().name()))
                .setTitle(t.title())
                .setSide(TableSide.valueOf(t.side().name()))
                .setUnit(AmountUnit.valueOf(t.unit().name()))
                .setLocation(SourceLocation.newBuilder().setPage(t.location().page())
                        .setLineStart(t.location().firstLine()).setLineEnd(t.location().lastLine()).build())
                .setColumns(t.columns().stream().map(c -> Column.newBuilder()
                        .setIndex(c.index()).setPath(c.path()).setTotal(c.total()).build()).toList())
                .setRows(t.rows().stream().map(TablesEventMapper::row).toList())
                .setEmptyNote(t.emptyNote())
                .setConfidence(TableConfidence.of(t).score())
                .setTextColumns(t.textColumns().stream().map(c -> Column.newBuilder()
                        .setIndex(c.index()).setPath(c.path()).setTotal(c.total()).build()).toList())
                .build();
    }

    private static org.budgetwatch.contracts.tables.NarrativeStatement statement(NarrativeStatement s) {
        return org.budgetwatch.contracts.tables.NarrativeStatement.newBuilder()
                .setText(s.text())
                .setKind(StatementKind.valueOf(s.kind().name()))
                .setSubject(s.subject())
                .setValues(s.values().stream().map(v -> StatedValue.newBuilder().setRole(v.role()).setAmount(amount(v.amount())).build()).toList())
                .setLocation(SourceLocation.newBuilder().setPage(s.page()).setLineStart(s.line()).setLineEnd(s.line()).build())
                .setTableIndex(s.tableIndex())
                .setRowIndex(s.rowIndex())
                .build();
    }

    private static Amount amount(PrintedAmount a) {
        return Amount.newBuilder().setPrinted(a.printed()).setValue(a.value().toPlainString())
                .setScale(a.scale()).setUnit(AmountUnit.valueOf(a.unit().name())).build();
    }

    private static Row row(TableRow r) {
        return Row.newBuilder()
                .setIndex(r.index())
                .setLabel(r.label())
                .setCode(r.code())
                .setCodeKind(CodeKind.valueOf(r.codeKind().name()))
                .setLevel(CodeLevel.valueOf(r.level().name()))
                .setTotal(r.total())
                .setLine(r.line())
                .setCells(r.cells().stream().map(TablesEventMapper::cell).toList())
                .setPage(r.page())
                .setTexts(r.texts().stream().map(TablesEventMapper::cell).toList())
                .build();
    }

    private static Cell cell(TableCell c) {
        PrintedAmount a = c.amount();
        return Cell.newBuilder()
                .setColumn(c.column())
                .setText(c.text())
                .setAmount(a == null ? null : amount(a))
                .setRepairs(a == null ? java.util.List.of() : a.repairs())
                .build();
    }
}
