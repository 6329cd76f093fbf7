package org.budgetwatch.validation.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.TableColumn;
import org.budgetwatch.extraction.table.Texts;
import org.budgetwatch.validation.rules.SangongFigures.Item;

/**
 * What each column of a “三公” table laid out by columns holds, read from its heading (the items as
 * {@link SangongFigures#item} names them), and the columns grouped by what else the heading says (上年 / 当年 /
 * 增减变化情况, 2025年预算数 / 2026年预算数, 一般公共预算 / 政府性基金预算 …): each group is one set of “三公” figures, for
 * SANGONG-SUM. A table may add 会议费 and 培训费 to the “三公” (Jiangsu's “三公”经费、会议费、培训费支出预算表, Xi'an's
 * 表13), and its 合计 is then more than the “三公”: only a column the heading names as the “三公”'s own total
 * (“三公”经费/小计, …“三公”经费预算总额) totals them there.
 */
final class SangongColumns {

    private static final Pattern TOTAL = Pattern.compile("合计|小计|总计|.*(总额|合计|总计)");

    /** What a column holds: a total, the “三公”'s own total, one of the items, or something else (会议费, 培训费). */
    enum Role {
        TOTAL, SANGONG_TOTAL, ABROAD, RECEPTION, VEHICLES, PURCHASE, RUNNING, OTHER;

        static Role of(Item item) {
            return item == Item.TOTAL ? SANGONG_TOTAL : valueOf(item.name());
        }
    }

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
                if (role == Role.OTHER ? !leaf : SangongFigures.item(segment).isEmpty() && !TOTAL.matcher(segment).matches()) {
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

    /** Whether some heading names 因公出国（境）费 and some 公务接待费: the table is laid out by columns. */
    static boolean byColumns(ExtractedTable table) {
        List<Role> roles = table.columns().stream().map(c -> role(segments(c))).toList();
        return roles.contains(Role.ABROAD) && roles.contains(Role.RECEPTION);
    }

    /** A column's role: the deepest item its heading names, else a “三公” total, a total, or something else. */
    private static Role role(List<String> segments) {
        boolean sangong = false;
        for (int s = segments.size() - 1; s >= 0; s--) {
            Optional<Item> item = SangongFigures.item(segments.get(s));
            if (item.isPresent() && item.get() != Item.TOTAL) {
                return Role.of(item.get());
            }
            sangong |= item.isPresent();
        }
        boolean total = segments.stream().anyMatch(s -> TOTAL.matcher(s).matches());
        if (sangong && (total || SangongFigures.item(segments.get(segments.size() - 1)).isPresent())) {
            return Role.SANGONG_TOTAL;
        }
        return total ? Role.TOTAL : Role.OTHER;
    }

    private static List<String> segments(TableColumn column) {
        List<String> segments = new ArrayList<>();
        for (String segment : column.path().split("/", -1)) {
            segments.add(Texts.withoutWhitespace(segment));
        }
        return segments;
    }
}
