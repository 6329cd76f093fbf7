package org.budgetwatch.readmodel;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What one search may ask of the index. A fuzzy, wildcard, regular-expression or prefix clause is expanded into every
 * term of the index it matches, so 300 of them ({@code term~2} repeated in a 9 KB URL) cost seconds of CPU each; they
 * are limited in number, and a fuzzy clause to one edit after a first character that must match. The query text and
 * its clauses are limited too.
 */
final class QueryBounds {

    /** Longest query text. */
    static final int MAX_QUERY_LENGTH = 1_000;
    /** Most fuzzy, wildcard, regular-expression and prefix clauses in one query. */
    static final int MAX_EXPANDING_CLAUSES = 8;
    /** Most clauses of any kind in one query. */
    static final int MAX_CLAUSES = 128;
    /** Edits a fuzzy clause may make ({@code word~2} is searched as {@code word~1}). */
    static final int MAX_EDITS = 1;
    /** Leading characters a fuzzy clause keeps as typed. */
    static final int FUZZY_PREFIX = 1;

    private QueryBounds() {
    }

    /** The classic query parser with fuzzy clauses held to {@link #MAX_EDITS} edits after {@link #FUZZY_PREFIX} characters. */
    static QueryParser parser(String field, Analyzer analyzer) {
        QueryParser parser = new QueryParser(field, analyzer) {
            @Override
            protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
                String text = term.text();
                int edits = Math.min(MAX_EDITS, FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length())));
                return new FuzzyQuery(term, edits, Math.max(FUZZY_PREFIX, prefixLength));
            }
        };
        parser.setFuzzyPrefixLength(FUZZY_PREFIX);
        return parser;
    }

    /** @throws InvalidQueryException when the parsed query has more clauses, or more expanding ones, than allowed */
    static Query check(Query query) {
        ClauseCount count = new ClauseCount();
        query.visit(count);
        if (count.expanding > MAX_EXPANDING_CLAUSES) {
            throw new InvalidQueryException("The query has " + count.expanding + " fuzzy, wildcard, regular-expression or prefix clauses; "
                    + "at most " + MAX_EXPANDING_CLAUSES + " are searched at once");
        }
        if (count.all > MAX_CLAUSES) {
            throw new InvalidQueryException("The query has " + count.all + " clauses; at most " + MAX_CLAUSES + " are searched at once");
        }
        return query;
    }

    /** Counts the leaves of a query, and those that are expanded into the terms they match. */
    private static final class ClauseCount extends QueryVisitor {

        private int all;
        private int expanding;

        @Override
        public void consumeTerms(Query leaf, Term... terms) {
            all++;
        }

        @Override
        public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            all++;
            expanding++;
        }

        @Override
        public void visitLeaf(Query leaf) {
            all++;
            if (leaf instanceof MultiTermQuery) {
                expanding++;
            }
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
        }
    }
}
