package org.budgetwatch.extraction.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.AmountParser;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.classify.CodeParser;
import org.budgetwatch.extraction.classify.TableClassifier;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.LineSpan;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;

/**
 * Reads tab-separated tables from a text export: a table starts at its unit line ("金额单位：万元"), takes its
 * title from the nearest line above that names a table, its header from the rows before the first data row,
 * and ends at the first line of prose. Two-sided summaries are split into income and expenditure tables.
 */
final class TabTableReader {

    private static final Pattern UNIT_LINE = Pattern.compile("^(?:.{0,40}?)(?:金额)?单位\\s*[:：]\\s*(亿元|万元|元)\\s*$");
    private static final Pattern LABEL_HEADER = Pattern.compile(
            "^(序号|项\\s*目|.*科目.*|.*名称|.*编码|.*代码|类型|类|款|项|.*单位|功能分类|经济分类)$");
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(.{0,8}(合计|总计)|小计)$");
    private static final Pattern EMPTY_NOTE = Pattern.compile(".*(无|没有|未安排|未编制|不涉及|为空|为0|为零).*");
    private static final int TITLE_LOOKBACK = 8;

    private TabTableReader() {
    }

    static List<ExtractedTable> read(List<String> lines) {
        List<ExtractedTable> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher unit = UNIT_LINE.matcher(lines.get(i).strip());
            if (!unit.matches()) {
                continue;
            }
            String title = titleAbove(lines, i);
            Block block = collectBlock(lines, i + 1);
            tables.addAll(toTables(tables.size(), title, AmountUnit.fromPrinted(unit.group(1)), block));
            i = Math.max(i, block.endLine - 1);
        }
        return tables;
    }

    private record RawRow(int line, List<String> cells) {
    }

    private record Block(List<RawRow> rows, int firstLine, int endLine, String noteAfter) {
    }

    private static String titleAbove(List<String> lines, int unitLine) {
        for (int j = unitLine - 1, seen = 0; j >= 0 && seen < TITLE_LOOKBACK; j--) {
            String line = lines.get(j).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.contains("表") && !line.contains("\t") && line.length() <= 60) {
                return line.replaceFirst("^#+\\s*", "").replaceFirst("^[0-9]+[.、．]\\s*", "").strip();
            }
        }
        return "未命名表格";
    }

    private static Block collectBlock(List<String> lines, int start) {
        List<RawRow> rows = new ArrayList<>();
        int i = start;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!line.contains("\t") || UNIT_LINE.matcher(line.strip()).matches()) {
                break;
            }
            rows.add(new RawRow(i + 1, Arrays.stream(line.split("\t", -1)).map(String::strip).toList()));
        }
        String note = i < lines.size() && !UNIT_LINE.matcher(lines.get(i).strip()).matches() ? lines.get(i).strip() : null;
        return new Block(rows, start + 1, i + 1, note);
    }

    private static List<ExtractedTable> toTables(int firstIndex, String title, AmountUnit unit, Block block) {
        List<RawRow> rows = trimTrailingEmptyColumns(block.rows);
        int headerCount = headerCount(rows);
        List<RawRow> header = rows.subList(0, headerCount);
        List<RawRow> body = rows.subList(headerCount, rows.size()).stream()
                .filter(r -> !header.stream().anyMatch(h -> h.cells.equals(r.cells))) // header repeated on a new page
                .toList();
        int width = rows.stream().mapToInt(r -> r.cells.size()).max().orElse(0);
        List<String> paths = headerPaths(header, width);
        TableType type = TableClassifier.classify(title);
        LineSpan span = new LineSpan(null, block.firstLine, block.endLine - 1);
        String emptyNote = body.isEmpty() && block.noteAfter != null && EMPTY_NOTE.matcher(block.noteAfter).matches()
                ? block.noteAfter : null;
        int split = expenditureSideStart(paths, header);
        if (split > 0) {
            return List.of(
                    table(firstIndex, type, title, TableSide.INCOME, unit, span, paths, body, 0, split, emptyNote),
                    table(firstIndex + 1, type, title, TableSide.EXPENDITURE, unit, span, paths, body, split, width, emptyNote));
        }
        return List.of(table(firstIndex, type, title, TableSide.WHOLE, unit, span, paths, body, 0, width, emptyNote));
    }

    private static List<RawRow> trimTrailingEmptyColumns(List<RawRow> rows) {
        int width = 0;
        for (RawRow row : rows) {
            for (int c = row.cells.size() - 1; c >= 0; c--) {
                if (!row.cells.get(c).isEmpty()) {
                    width = Math.max(width, c + 1);
                    break;
                }
            }
        }
        int w = width;
        return rows.stream().map(r -> new RawRow(r.line, r.cells.subList(0, Math.min(w, r.cells.size())))).toList();
    }

    /** Header rows are the leading rows before the first row that carries a figure. */
    private static int headerCount(List<RawRow> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells;
            if (cells.stream().skip(1).anyMatch(c -> AmountParser.parseCell(c, AmountUnit.UNKNOWN).isPresent())) {
                return r;
            }
        }
        return rows.isEmpty() ? 0 : Math.min(rows.size(), 2);
    }

    /** Joins multi-row headers into paths; an upper header cell spanning several columns is carried right. */
    private static List<String> headerPaths(List<RawRow> header, int width) {
        String[][] grid = new String[header.size()][width];
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < width; c++) {
                List<String> cells = header.get(r).cells;
                grid[r][c] = c < cells.size() ? cells.get(c).replaceAll("\\s+", "") : "";
            }
        }
        for (int r = 0; r < header.size() - 1; r++) {
            for (int c = 1; c < width; c++) {
                if (grid[r][c].isEmpty() && !grid[r + 1][c].isEmpty() && !grid[r][c - 1].isEmpty() && !grid[r + 1][c - 1].isEmpty()) {
                    grid[r][c] = grid[r][c - 1];
                }
            }
        }
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (String[] row : grid) {
                if (!row[c].isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(row[c]))) {
                    parts.add(row[c]);
                }
            }
            paths.add(parts.isEmpty() ? "列" + (c + 1) : String.join("/", parts));
        }
        return paths;
    }

    /** Column where the expenditure side of a two-sided summary starts, or -1. */
    private static int expenditureSideStart(List<String> paths, List<RawRow> header) {
        if (header.isEmpty()) {
            return -1;
        }
        List<String> top = header.get(0).cells.stream().map(c -> c.replaceAll("\\s+", "")).toList();
        int income = -1;
        for (int c = 0; c < top.size(); c++) {
            if (top.get(c).startsWith("收入") && income < 0) {
                income = c;
            } else if (top.get(c).startsWith("支出") && income >= 0 && c > income) {
                return c;
            }
        }
        return -1;
    }

    private static ExtractedTable table(int index, TableType type, String title, TableSide side, AmountUnit unit,
                                        LineSpan span, List<String> allPaths, List<RawRow> body, int from, int to,
                                        String emptyNote) {
        List<String> paths = allPaths.subList(from, to).stream()
                .map(p -> side == TableSide.WHOLE ? p : p.replaceFirst("^(收入|支出)/", "")).toList();
        boolean[] labelColumn = new boolean[paths.size()];
        boolean anyLabel = false;
        for (int c = 0; c < paths.size(); c++) {
            String leaf = paths.get(c).substring(paths.get(c).lastIndexOf('/') + 1);
            labelColumn[c] = LABEL_HEADER.matcher(leaf).matches() || paths.get(c).startsWith("列") && c == 0;
            anyLabel |= labelColumn[c];
        }
        if (!anyLabel && !paths.isEmpty()) {
            labelColumn[0] = true;
        }
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 0; c < paths.size(); c++) {
            if (!labelColumn[c]) {
                String leaf = paths.get(c);
                columns.add(new TableColumn(c, leaf, leaf.matches(".*(合计|总计|小计)$")));
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (RawRow raw : body) {
            List<String> cells = raw.cells.subList(Math.min(from, raw.cells.size()), Math.min(to, raw.cells.size()));
            row(rows.size(), raw.line, cells, labelColumn, columns, unit).ifPresent(rows::add);
        }
        return new ExtractedTable(index, type, title, side, unit, span, columns, rows, rows.isEmpty() ? emptyNote : null);
    }

    private static Optional<TableRow> row(int index, int line, List<String> cells, boolean[] labelColumn,
                                          List<TableColumn> columns, AmountUnit unit) {
        String code = null;
        String label = null;
        CodeKind kind = CodeKind.NONE;
        CodeLevel level = CodeLevel.NONE;
        for (int c = 0; c < cells.size() && c < labelColumn.length; c++) {
            String text = cells.get(c);
            if (!labelColumn[c] || text.isEmpty() || text.matches("[0-9]{1,3}") && c == 0 && code == null && label == null
                    && labelColumn.length > 1 && labelColumn[1]) {
                continue; // 序号 column
            }
            Optional<CodeParser.ParsedCode> parsed = code == null ? CodeParser.parse(text) : Optional.empty();
            if (parsed.isPresent()) {
                code = parsed.get().code();
                kind = parsed.get().kind();
                level = parsed.get().level();
                if (!parsed.get().name().isEmpty() && label == null) {
                    label = parsed.get().name();
                }
            } else if (label == null) {
                label = text;
            }
        }
        List<TableCell> values = new ArrayList<>();
        boolean anyValue = false;
        for (TableColumn column : columns) {
            String text = column.index() < cells.size() ? cells.get(column.index()) : "";
            PrintedAmount amount = AmountParser.parseCell(text, unit).orElse(null);
            anyValue |= !text.isEmpty();
            values.add(new TableCell(column.index(), text.isEmpty() ? null : text, amount));
        }
        if (label == null && code == null && !anyValue) {
            return Optional.empty();
        }
        String printedLabel = label == null ? (code == null ? "" : code) : label;
        boolean total = TOTAL_LABEL.matcher(printedLabel.replaceAll("\\s+", "")).matches();
        return Optional.of(new TableRow(index, printedLabel, code, kind, level, total, line, values));
    }
}
