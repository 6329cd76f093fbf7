package org.budgetwatch.extraction.model;

import java.util.List;

/**
 * A numeric statement of the narrative, e.g. "基本支出 2726.30 万元，占 6.69%".
 *
 * @param subject what the figures are about, as worded ("基本支出", "卫生健康支出-医疗保障管理事务-行政运行")
 * @param tableIndex the table holding the row the subject names, when it resolves; null otherwise
 * @param rowIndex that row
 */
public record NarrativeStatement(String text, StatementKind kind, String subject, List<StatedValue> values, int line,
                                 Integer tableIndex, Integer rowIndex) {

    public NarrativeStatement {
        values = List.copyOf(values);
    }

    public NarrativeStatement linkedTo(int table, int row) {
        return new NarrativeStatement(text, kind, subject, values, line, table, row);
    }
}
