package org.budgetwatch.readmodel;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One search: free text and filters, all optional, and how to order and page the hits.
 *
 * @param q          query text in Lucene's classic syntax (AND between words), matched against names, codes, titles,
 *                   narrative sentences and findings; a code such as 2101502 also matches exactly
 * @param region     a region prefix (北京市 matches 北京市东城区)
 * @param department words of the department's name, all required
 * @param status     CLEAN, DISCREPANCIES, INCOMPLETE (validated) or EXTRACTED, REJECTED, RECEIVED
 * @param code       a function or economic code prefix (210 matches 2101502)
 * @param minAmount  lowest first figure of a line item, in 万元
 * @param maxAmount  highest first figure of a line item, in 万元
 * @param type       document, lineItem or discrepancy; null for all three
 * @param sort       relevance (default), amount (largest first) or year (latest first)
 * @param page       0-based page number
 */
public record SearchQuery(String q, Integer year, String region, String department, String kind, String status, String tableType, String code,
                          BigDecimal minAmount, BigDecimal maxAmount, String ruleId, String severity, Boolean hasDiscrepancies, String type,
                          String sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Deep paging past this many hits is refused: narrow the query instead. */
    public static final int MAX_WINDOW = 10_000;
    private static final Set<String> TYPES = Set.of(IndexFields.DISCLOSURE, IndexFields.LINE_ITEM, IndexFields.DISCREPANCY);
    private static final Set<String> SORTS = Set.of("relevance", "amount", "year");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");

    public static SearchQuery text(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0, 20);
    }

    /** @throws InvalidQueryException naming the first parameter that cannot be used */
    public SearchQuery validated() {
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidQueryException("type must be one of document, lineItem, discrepancy");
        }
        if (sort != null && !SORTS.contains(sort)) {
            throw new InvalidQueryException("sort must be one of relevance, amount, year");
        }
        if (severity != null && !SEVERITIES.contains(severity)) {
            throw new InvalidQueryException("severity must be one of ERROR, WARNING, INFO");
        }
        if (page < 0) {
            throw new InvalidQueryException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE);
        }
        if (((long) page + 1) * size > MAX_WINDOW) { // in long arithmetic: page + 1 overflows for page = 2147483647
            throw new InvalidQueryException("page × size may not pass " + MAX_WINDOW + " hits; narrow the query");
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw new InvalidQueryException("minAmount must not exceed maxAmount");
        }
        if (year != null && (year < 1949 || year > 2200)) {
            throw new InvalidQueryException("year must be a fiscal year such as 2024");
        }
        if (code != null && !code.matches("[0-9A-Za-z]{1,30}")) {
            throw new InvalidQueryException("code must be letters and digits, e.g. 210 or 2101502");
        }
        return this;
    }
}
