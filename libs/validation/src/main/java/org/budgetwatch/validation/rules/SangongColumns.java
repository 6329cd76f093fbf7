package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.amount.PrintedAmount;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableCell;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableType;
import org.budgetwatch.extraction.table.Texts;

/**
 * What each column of a “三公” table laid out by columns holds, read from its heading, and the columns grouped by what
 * else the heading says (上年 / 当年 / 增减变化情况, 2025年预算数 / 2026年预算数, 一般公共预算 / 政府性基金预算 …): each
 * group is one set of “三公” figures. A table may add 会议费 and 培训费 to the “三公” (Jiangsu's “三公”经费、会议费、培训费
 * 支出预算表, Xi'an's 表13), and its 合计 is then more than the “三公”: only a column the heading names as the “三公”'s own
 * total (“三公”经费/小计, …“三公”经费预算总额) totals them there.
 */
final class SangongColumns {

    static final Pattern PURCHASE = Pattern.compile(".*公务用车购置(经)?费?");
    static final Pattern RUNNING = Pattern.compile(".*公务用车运行(维护)?(经)?费");
    private static final Pattern TOTAL = Pattern.compile("合计|小计|总计|.*(总额|合计|总计)");

    /** What a column holds. */
    enum Role { TOTAL, SANGONG_TOTAL, ABROAD, RECEPTION, VEHICLES, PURCHASE, RUNNING, OTHER }

    /** One set of “三公” figures: the columns of each role that share the rest of their heading. */
    record Group(String context, Map<Role, List<TableColumn>> columns) {

        /** The one column of a role in the group; empty when there is none, or more than one. */
        Optional<TableColumn> only(Role role) {
            List<TableColumn> found = columns.getOrDefault(role, List.of());
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }

        List<TableColumn> all(Role role) {
            return columns.getOrDefault(role, List.of());
        }
    }

    private SangongColumns() {
    }

    /** The table's column groups, in the order their first column is printed. */
    static List<Group> of(ExtractedTable table) {
        Map<String, Map<Role, List<TableColumn>>> groups = new LinkedHashMap<>();
        for (TableColumn column : table.columns()) {
            List<String> segments = segments(column);
            Role role = role(segments);
            List<String> context = new ArrayList<>();
            for (int s = 0; s < segments.size(); s++) {
                String segment = segments.get(s);
                boolean leaf = s == segments.size() - 1;
                if (role == Role.OTHER ? !leaf : component(segment).isEmpty() && !TOTAL.matcher(segment).matches() && !segment.contains("三公")) {
                    context.add(segment);
                }
            }
            groups.computeIfAbsent(String.join("/", context), k -> new EnumMap<>(Role.class)).computeIfAbsent(role, r -> new ArrayList<>()).add(column);
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((context, columns) -> result.add(new Group(context, columns)));
        return result;
    }

    /** Whether the table adds 会议费, 培训费 or other columns to the “三公”: its 合计 is then not theirs. */
    static boolean addsOthers(ExtractedTable table, List<Group> groups) {
        return namesOthers(table.title()) || groups.stream().anyMatch(g -> !g.all(Role.OTHER).isEmpty());
    }

    static boolean namesOthers(String text) {
        return text != null && (text.contains("会议费") || text.contains("培训费"));
    }

    /** The column that totals a group's “三公”: one the heading names so, or the group's 合计 where nothing else is added. */
    static Optional<TableColumn> sangongTotal(Group group, boolean others) {
        return group.only(Role.SANGONG_TOTAL).or(() -> others ? Optional.empty() : group.only(Role.TOTAL));
    }

    /**
     * The “三公” total of a table laid out by columns: in the one group of the document's year that has a “三公” total
     * column, in the table's total row (or its only row). Empty where that is not one figure.
     */
    static Optional<TableFigures.Figure> total(ExtractedTable table, Integer fiscalYear) {
        if (table.type() != TableType.THREE_PUBLIC_COSTS || !byColumns(table)) {
            return Optional.empty();
        }
        List<Group> groups = of(table);
        boolean others = addsOthers(table, groups);
        List<TableColumn> totals = groups.stream().map(g -> sangongTotal(g, others)).flatMap(Optional::stream)
                .filter(c -> NarrativeFigures.ofTheYear(c, fiscalYear)).toList();
        Optional<TableRow> row = TableFigures.totalRow(table).or(() -> table.rows().size() == 1 ? Optional.of(table.rows().get(0)) : Optional.empty());
        return totals.size() != 1 ? Optional.empty() : row.flatMap(r -> TableFigures.cell(table, r, totals.get(0)));
    }

    /** An item's figure beside a “三公” total found by {@link #total}: in its row, in its group of columns. */
    static Optional<PrintedAmount> item(TableFigures.Figure total, Role role) {
        TableColumn totalColumn = total.columns().get(0);
        return of(total.table()).stream().filter(g -> g.columns().values().stream().anyMatch(c -> c.contains(totalColumn))).findFirst()
                .flatMap(g -> g.only(role)).flatMap(c -> total.row().cell(c.index()).map(TableCell::amount));
    }

    /** Whether some heading names a “三公” item other than its total: the table is laid out by columns. */
    static boolean byColumns(ExtractedTable table) {
        List<Role> roles = table.columns().stream().map(SangongColumns::role).toList();
        return roles.contains(Role.ABROAD) && roles.contains(Role.RECEPTION);
    }

    static Role role(TableColumn column) {
        return role(segments(column));
    }

    /** A column's role: the deepest “三公” item its heading names, else a “三公” total, a total, or something else. */
    static Role role(List<String> segments) {
        for (int s = segments.size() - 1; s >= 0; s--) {
            Optional<Role> item = component(segments.get(s));
            if (item.isPresent()) {
                return item.get();
            }
        }
        boolean sangong = segments.stream().anyMatch(s -> s.contains("三公"));
        boolean total = segments.stream().anyMatch(s -> TOTAL.matcher(s).matches());
        String leaf = segments.get(segments.size() - 1);
        if (sangong && (total || leaf.contains("三公"))) {
            return Role.SANGONG_TOTAL;
        }
        return total ? Role.TOTAL : Role.OTHER;
    }

    /** The “三公” item a heading names: 因公出国（境）费, 公务接待费, the vehicle line or one of its two parts. */
    static Optional<Role> component(String heading) {
        if (PURCHASE.matcher(heading).matches()) {
            return Optional.of(Role.PURCHASE);
        }
        if (RUNNING.matcher(heading).matches()) {
            return Optional.of(Role.RUNNING);
        }
        if (isVehicleLine(heading)) {
            return Optional.of(Role.VEHICLES);
        }
        if (heading.contains("因公出国")) {
            return Optional.of(Role.ABROAD);
        }
        return heading.contains("公务接待") ? Optional.of(Role.RECEPTION) : Optional.empty();
    }

    /** The vehicle line itself (购置及运行维护费, or plainly 公务用车费), not one of its two parts. */
    static boolean isVehicleLine(String name) {
        return name.contains("公务用车") && (name.contains("及") || name.endsWith("公务用车费"));
    }

    private static List<String> segments(TableColumn column) {
        List<String> segments = new ArrayList<>();
        for (String segment : column.path().split("/", -1)) {
            segments.add(Texts.withoutWhitespace(segment));
        }
        return segments;
    }
}
