package org.budgetwatch.extraction.model;

import java.util.List;

/**
 * A numeric statement of the narrative, e.g. "基本支出 2726.30 万元，占 6.69%".
 *
 * @param subject what the figures are about, as worded ("基本支出", "卫生健康支出-医疗保障管理事务-行政运行")
 * @param tableIndex the table holding the row the subject names, when it resolves; null otherwise
 * @param rowIndex that row
 * @param page the 1-based page the sentence is printed on, null for formats without pages
 */
public record NarrativeStatement(String text, StatementKind kind, String subject, List<StatedValue> values, int line,
                                 Integer tableIndex, Integer rowIndex, Integer page) {

    public NarrativeStatement {
        values = List.copyOf(values);
    }

    /** A statement of a document without pages. */
    public NarrativeStatement(String text, StatementKind kind, String subject, List<StatedValue> values, int line,
                              Integer tableIndex, Integer rowIndex) {
        this(text, kind, subject, values, line, tableIndex, rowIndex, null);
    }

    public NarrativeStatement linkedTo(int table, int row) {
        return new NarrativeStatement(text, kind, subject, values, line, table, row, page);
    }

    /** The statement with a sentence that goes on about its figures ("决算数小于年初预算数的主要原因是…") appended. */
    public NarrativeStatement withText(String more) {
        return new NarrativeStatement(text + "。" + more, kind, subject, values, line, tableIndex, rowIndex, page);
    }

    public NarrativeStatement onPage(Integer onPage) {
        return new NarrativeStatement(text, kind, subject, values, line, tableIndex, rowIndex, onPage);
    }
}
