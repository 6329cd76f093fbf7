package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.IndexFields.*;

import java.math.BigDecimal;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;

/** Builds the Lucene query and sort of a {@link SearchQuery}. */
final class QueryFactory {

    private static final Sort NEWEST_FIRST = new Sort(new SortField(null, SortField.Type.DOC, true));

    private final Analyzer analyzer;
    private final DisclosureBlocks blocks;

    QueryFactory(Analyzer analyzer, DisclosureBlocks blocks) {
        this.analyzer = analyzer;
        this.blocks = blocks;
    }

    Query query(SearchQuery search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (search.q() == null || search.q().isBlank()) {
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            query.add(text(search.q().strip()), BooleanClause.Occur.MUST);
        }
        if (search.type() != null) {
            filter(query, new TermQuery(new Term(TYPE, search.type())));
        }
        if (search.year() != null) {
            filter(query, IntField.newExactQuery(YEAR, search.year()));
        }
        if (search.tableType() != null) {
            filter(query, new TermQuery(new Term(TABLE_TYPE, search.tableType())));
        }
        if (search.code() != null) {
            filter(query, new PrefixQuery(new Term(CODE, search.code())));
        }
        if (search.minAmount() != null || search.maxAmount() != null) {
            double low = search.minAmount() == null ? Double.NEGATIVE_INFINITY : yuan(search.minAmount());
            double high = search.maxAmount() == null ? Double.POSITIVE_INFINITY : yuan(search.maxAmount());
            filter(query, DoubleField.newRangeQuery(AMOUNT, low, high));
        }
        if (search.ruleId() != null) {
            filter(query, new TermQuery(new Term(RULE_ID, search.ruleId())));
        }
        if (search.severity() != null) {
            filter(query, new TermQuery(new Term(SEVERITY, search.severity())));
        }
        Query disclosures = disclosureFilters(search);
        if (disclosures != null) {
            filter(query, blocks.entriesOf(disclosures, search.type()));
        }
        return query.build();
    }

    /** The filters on what only disclosure entries carry, as a query over disclosure entries; null when there are none. */
    private Query disclosureFilters(SearchQuery search) {
        BooleanQuery.Builder disclosures = new BooleanQuery.Builder();
        filter(disclosures, new TermQuery(new Term(TYPE, DISCLOSURE)));
        if (search.region() != null && !search.region().isBlank()) {
            // the region as printed starts with it (北京市 matches 北京市东城区), or it names one of the region's levels
            // (湖北省 matches 东西湖区, placed in 湖北省 by the gazetteer)
            String region = search.region().strip();
            filter(disclosures, new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(REGION, region)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(PROVINCE, region)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(CITY, region)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(DISTRICT, region)), BooleanClause.Occur.SHOULD)
                    .build());
        }
        if (search.department() != null && !search.department().isBlank()) {
            filter(disclosures, parse(DEPARTMENT_TEXT, search.department()));
        }
        if (search.kind() != null) {
            filter(disclosures, new TermQuery(new Term(KIND, search.kind())));
        }
        if (search.status() != null) {
            filter(disclosures, new TermQuery(new Term(STATUS, search.status())));
        }
        if (search.hasDiscrepancies() != null) {
            Query problems = IntField.newRangeQuery(PROBLEMS, 1, Integer.MAX_VALUE);
            disclosures.add(problems, search.hasDiscrepancies() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT);
        }
        BooleanQuery filters = disclosures.build();
        return filters.clauses().size() > 1 ? filters : null; // the type clause alone filters nothing
    }

    Sort sort(SearchQuery search) {
        if ("amount".equals(search.sort())) {
            SortField amount = DoubleField.newSortField(AMOUNT, true, SortedNumericSelector.Type.MAX);
            amount.setMissingValue(Double.NEGATIVE_INFINITY);
            return new Sort(amount, SortField.FIELD_SCORE);
        }
        if ("year".equals(search.sort())) {
            SortField year = IntField.newSortField(YEAR, true, SortedNumericSelector.Type.MAX);
            year.setMissingValue(Integer.MIN_VALUE);
            return new Sort(year, SortField.FIELD_SCORE);
        }
        if (search.q() == null || search.q().isBlank()) {
            // nothing to rank by: the latest indexed first, each disclosure's own entry before its discrepancies and line items
            return NEWEST_FIRST;
        }
        return Sort.RELEVANCE;
    }

    /**
     * Words over the text, or the exact code or id. Words that name a disclosure (its department, region, title or file
     * name) also match its name field, short and only on disclosure entries, so that the disclosure ranks above its own
     * line items for them; a separate clause that lifted every disclosure entry made Lucene score every match of a
     * broad search instead of skipping those that cannot reach the page.
     */
    private Query text(String q) {
        return new BooleanQuery.Builder()
                .add(parse(TEXT, q), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(parse(NAME, q), 2f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(CODE, q)), 2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(DOCUMENT_ID, q)), BooleanClause.Occur.SHOULD).build();
    }

    private Query parse(String field, String text) {
        if (text.length() > QueryBounds.MAX_QUERY_LENGTH) {
            throw new InvalidQueryException("The query has " + text.length() + " characters; at most " + QueryBounds.MAX_QUERY_LENGTH
                    + " are searched");
        }
        Query parsed;
        try {
            QueryParser parser = QueryBounds.parser(field, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parsed = parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new InvalidQueryException("Cannot read the query '" + text + "': " + reason);
        }
        return QueryBounds.check(parsed);
    }

    private static void filter(BooleanQuery.Builder query, Query filter) {
        query.add(filter, BooleanClause.Occur.FILTER);
    }

    private static double yuan(BigDecimal wanYuan) {
        return wanYuan.multiply(Units.WAN).doubleValue();
    }
}
