package org.budgetwatch.extraction.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.ExtractedTable;

/**
 * Reads the tables of a text export: layouts normalised into tab rows, blocks found with their title and unit,
 * a table continued on the next page (same title, same header) joined into one, and a table that states no unit
 * given the unit most tables of the document state.
 */
final class TabTableReader {

    private TabTableReader() {
    }

    static List<ExtractedTable> read(List<SourceLine> normalisedLines) {
        List<TableBlock> blocks = TableBlockFinder.find(normalisedLines);
        List<TableBlock> merged = new ArrayList<>();
        List<TableBuilder.Grid> grids = new ArrayList<>();
        for (TableBlock block : blocks) {
            TableBuilder.Grid grid = TableBuilder.grid(block);
            int last = merged.size() - 1;
            if (last >= 0 && continues(merged.get(last), grids.get(last), block, grid)) {
                merged.set(last, join(merged.get(last), block));
                grids.set(last, joinGrids(grids.get(last), grid));
            } else {
                merged.add(block);
                grids.add(grid);
            }
        }
        return build(merged, grids);
    }

    /** The tables of a paged document whose grids its reader recovered, continuations already joined. */
    static List<ExtractedTable> readPrinted(List<PrintedTable> printed) {
        List<TableBlock> blocks = new ArrayList<>();
        List<TableBuilder.Grid> grids = new ArrayList<>();
        for (PrintedTable whole : printed) {
            PrintedTable table = withoutBlankColumns(whole);
            List<SourceLine> lines = new ArrayList<>();
            List<TableBuilder.Row> rows = new ArrayList<>();
            List<List<String>> covering = new ArrayList<>();
            for (PrintedTable.Row row : table.rows()) {
                SourceLine line = new SourceLine(row.line(), row.page(), String.join("\t", row.printed()));
                if (line.isContentsEntry()) {
                    continue; // a table of contents drawn as a grid lists headings, not figures
                }
                lines.add(line);
                rows.add(new TableBuilder.Row(row.line(), row.page(), row.printed()));
                covering.add(row.covering());
            }
            if (rows.isEmpty()) {
                continue;
            }
            blocks.add(new TableBlock(table.title(), table.unit(), lines, table.firstLine(), table.lastLine(), table.noteAfter()));
            grids.add(TableBuilder.grid(rows, covering));
        }
        return build(blocks, grids);
    }

    /** No-break spaces as plain ones, so a cell holding only one is blank, as printed. */
    private static PrintedTable withPlainSpaces(PrintedTable table) {
        boolean any = table.rows().stream().anyMatch(r -> r.printed().stream().anyMatch(c -> c.indexOf('\u00a0') >= 0)
                || r.covering().stream().anyMatch(c -> c.indexOf('\u00a0') >= 0));
        if (!any) {
            return table;
        }
        List<PrintedTable.Row> rows = table.rows().stream().map(r -> new PrintedTable.Row(r.line(), r.page(),
                r.printed().stream().map(TabTableReader::plain).toList(), r.covering().stream().map(TabTableReader::plain).toList())).toList();
        return new PrintedTable(table.title(), table.unit(), table.noteAfter(), table.firstLine(), table.lastLine(), rows);
    }

    private static String plain(String cell) {
        return cell.indexOf('\u00a0') < 0 ? cell : cell.replace('\u00a0', ' ').strip();
    }

    /**
     * Without the columns in which no cell starts in any row of the whole table (header and every page): a space
     * between rulings that a merged heading spans and nothing fills is no column of its own.
     */
    private static PrintedTable withoutBlankColumns(PrintedTable printedTable) {
        PrintedTable table = withPlainSpaces(printedTable);
        int width = table.rows().stream().mapToInt(r -> r.printed().size()).max().orElse(0);
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            for (PrintedTable.Row row : table.rows()) {
                if (c < row.printed().size() && !row.printed().get(c).isBlank()) {
                    kept.add(c);
                    break;
                }
            }
        }
        if (kept.size() == width || kept.isEmpty()) {
            return table;
        }
        List<PrintedTable.Row> rows = new ArrayList<>(table.rows().size());
        for (PrintedTable.Row row : table.rows()) {
            List<String> printed = new ArrayList<>(kept.size());
            List<String> covering = new ArrayList<>(kept.size());
            for (int c : kept) {
                printed.add(c < row.printed().size() ? row.printed().get(c) : "");
                covering.add(c < row.covering().size() ? row.covering().get(c) : "");
            }
            rows.add(new PrintedTable.Row(row.line(), row.page(), printed, covering));
        }
        return new PrintedTable(table.title(), table.unit(), table.noteAfter(), table.firstLine(), table.lastLine(), rows);
    }

    private static List<ExtractedTable> build(List<TableBlock> merged, List<TableBuilder.Grid> grids) {
        AmountUnit documentUnit = mostCommonUnit(merged);
        List<ExtractedTable> tables = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            TableBlock block = merged.get(i);
            if (grids.get(i).width() < 2 || block.title() == null && grids.get(i).body().isEmpty()) {
                continue; // a single column of text, or an untitled block without a figure (a table of contents), is no table
            }
            AmountUnit unit = block.unit() == AmountUnit.UNKNOWN ? documentUnit : block.unit();
            List<ExtractedTable> built = TableBuilder.build(tables.size(), block, grids.get(i), unit);
            if (block.title() == null && built.stream().allMatch(ExtractedTable::isBlank)) {
                continue; // an untitled block of text in columns (a table of contents) is no table
            }
            tables.addAll(built);
        }
        return tables;
    }

    private static boolean continues(TableBlock previous, TableBuilder.Grid previousGrid, TableBlock next, TableBuilder.Grid nextGrid) {
        return previous.title() != null && previous.title().equals(next.title())
                && previousGrid.header().equals(nextGrid.header()) && previousGrid.width() == nextGrid.width();
    }

    private static TableBlock join(TableBlock first, TableBlock next) {
        return new TableBlock(first.title(), first.unit(), first.rows(), first.firstLine(), next.lastLine(), next.noteAfter());
    }

    /** The continuation's rows, less a total row that only repeats the first page's. */
    private static TableBuilder.Grid joinGrids(TableBuilder.Grid first, TableBuilder.Grid next) {
        List<TableBuilder.Row> body = new ArrayList<>(first.body());
        for (TableBuilder.Row row : next.body()) {
            boolean repeated = first.body().stream().anyMatch(r -> r.cells().equals(row.cells()));
            if (!repeated) {
                body.add(row);
            }
        }
        return new TableBuilder.Grid(first.header(), body, first.width(), first.spansKnown(), first.printedHeader());
    }

    private static AmountUnit mostCommonUnit(List<TableBlock> blocks) {
        Map<AmountUnit, Integer> counts = new EnumMap<>(AmountUnit.class);
        blocks.stream().map(TableBlock::unit).filter(u -> u != AmountUnit.UNKNOWN).forEach(u -> counts.merge(u, 1, Integer::sum));
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElse(AmountUnit.UNKNOWN);
    }
}
