package org.budgetwatch.extraction.golden;

import java.util.ArrayList;
import java.util.List;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.DocumentMetadata;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;

/**
 * A document's tables as printed, in a form a person can check against the rendered pages: one Markdown table per
 * table, the row's full code and printed name first, then one column per printed figure column (its header path).
 *
 * <pre>
 * # file.pdf
 * department: 上海市普陀区财政局 | region: 上海市普陀区 | year: 2025 | kind: DEPARTMENT_BUDGET
 *
 * ## page 12 | EXPENDITURE_SUMMARY | WHOLE | 元 | 2025年部门支出预算总表
 * | code | label | 合计 | 基本支出 | 项目支出 |
 * |  | 合计 | 31,214,205.80 | 25,121,091.00 | 6,093,114.80 |
 * | 2010601 | 行政运行 | … |
 * </pre>
 *
 * A blank cell is empty between its bars; a '|' inside a cell is written '¦'. A long document may be checked over a
 * range of its pages only: a line {@code pages: 1-60} after the metadata says which, and tables read on other pages
 * are then left out of the comparison.
 */
public record GoldenTables(String file, Metadata metadata, PageRange pages, List<Table> tables) {

    /** The pages a golden file covers, both ends included. */
    public record PageRange(int first, int last) {

        static final PageRange ALL = new PageRange(0, Integer.MAX_VALUE);

        boolean contains(int page) {
            return page >= first && page <= last;
        }

        static PageRange parse(String range) {
            String[] ends = range.split("-");
            return new PageRange(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[ends.length - 1].strip()));
        }
    }

    public record Metadata(String department, String region, Integer year, String kind) {
    }

    public record Table(int page, String type, String side, String unit, String title, List<String> columns, List<Row> rows) {
    }

    public record Row(String code, String label, List<String> cells) {

        boolean hasAmount() {
            return cells.stream().anyMatch(c -> !c.isEmpty());
        }
    }

    public static GoldenTables of(String file, ExtractedDocument document) {
        DocumentMetadata m = document.metadata();
        List<Table> tables = new ArrayList<>();
        for (ExtractedTable t : document.tables()) {
            List<String> columns = t.columns().stream().map(TableColumn::path).toList();
            List<Row> rows = new ArrayList<>();
            for (TableRow r : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (TableColumn c : t.columns()) {
                    cells.add(r.cell(c.index()).map(TableCell::text).orElse(null) == null ? "" : r.cell(c.index()).get().text());
                }
                rows.add(new Row(r.code() == null ? "" : r.code(), r.label(), cells));
            }
            Integer page = t.location().page();
            tables.add(new Table(page == null ? 0 : page, t.type().name(), t.side().name(), unit(t.unit()), t.title(), columns, rows));
        }
        return new GoldenTables(file, new Metadata(m.department(), m.region(), m.fiscalYear(), m.kind().name()), PageRange.ALL, tables);
    }

    private static String unit(AmountUnit unit) {
        return switch (unit) {
            case YUAN -> "元";
            case WAN_YUAN -> "万元";
            case YI_YUAN -> "亿元";
            default -> "?";
        };
    }

    public String write() {
        StringBuilder out = new StringBuilder("# ").append(file).append('\n');
        out.append("department: ").append(nullable(metadata.department())).append(" | region: ").append(nullable(metadata.region()))
                .append(" | year: ").append(metadata.year() == null ? "" : metadata.year()).append(" | kind: ").append(metadata.kind()).append('\n');
        if (!pages.equals(PageRange.ALL)) {
            out.append("pages: ").append(pages.first()).append('-').append(pages.last()).append('\n');
        }
        for (Table t : tables) {
            out.append("\n## page ").append(t.page()).append(" | ").append(t.type()).append(" | ").append(t.side()).append(" | ")
                    .append(t.unit()).append(" | ").append(escape(t.title())).append('\n');
            List<String> head = new ArrayList<>(List.of("code", "label"));
            head.addAll(t.columns());
            out.append(line(head));
            for (Row r : t.rows()) {
                List<String> cells = new ArrayList<>(List.of(r.code(), r.label()));
                cells.addAll(r.cells());
                out.append(line(cells));
            }
        }
        return out.toString();
    }

    public static GoldenTables parse(String text) {
        String file = null;
        Metadata metadata = null;
        PageRange pages = PageRange.ALL;
        List<Table> tables = new ArrayList<>();
        Table current = null;
        List<Row> rows = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("# ")) {
                file = line.substring(2).strip();
            } else if (line.startsWith("department:")) {
                String[] parts = line.split("\\|");
                metadata = new Metadata(emptyToNull(value(parts[0])), emptyToNull(value(parts[1])),
                        value(parts[2]).isEmpty() ? null : Integer.valueOf(value(parts[2])), value(parts[3]));
            } else if (line.startsWith("pages:")) {
                pages = PageRange.parse(value(line));
            } else if (line.startsWith("## ")) {
                String[] parts = line.substring(3).split("\\|", 5);
                rows = new ArrayList<>();
                current = new Table(Integer.parseInt(parts[0].strip().substring("page".length()).strip()), parts[1].strip(), parts[2].strip(),
                        parts[3].strip(), unescape(parts[4].strip()), null, rows);
                tables.add(current);
            } else if (line.startsWith("|") && current != null) {
                List<String> cells = cells(line);
                if (current.columns() == null) {
                    current = new Table(current.page(), current.type(), current.side(), current.unit(), current.title(),
                            List.copyOf(cells.subList(2, cells.size())), rows);
                    tables.set(tables.size() - 1, current);
                } else {
                    rows.add(new Row(cells.get(0), cells.get(1), List.copyOf(cells.subList(2, cells.size()))));
                }
            }
        }
        return new GoldenTables(file, metadata, pages, tables);
    }

    /** Only the tables on the given pages. */
    public GoldenTables on(PageRange range) {
        return new GoldenTables(file, metadata, range, tables.stream().filter(t -> range.contains(t.page())).toList());
    }

    private static String value(String part) {
        return part.substring(part.indexOf(':') + 1).strip();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            cells.add(unescape(c.strip()));
        }
        return cells;
    }

    private static String line(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String c : cells) {
            out.append(' ').append(escape(c)).append(" |");
        }
        return out.append('\n').toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace('|', '¦').replace("\n", " ");
    }

    private static String unescape(String s) {
        return s.replace('¦', '|');
    }
}
