package org.budgetwatch.readmodel;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What one search may ask of the index. A fuzzy, wildcard, regular-expression or prefix clause is expanded into every
 * term of the index it matches, so 300 of them ({@code term~2} repeated in a 9 KB URL) cost seconds of CPU each; they
 * are limited in number, and a fuzzy clause to one edit after a first character that must match. The query text and
 * its words are limited too.
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
        int[] clauses = new int[2];
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                clauses[0]++;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                clauses[0]++;
                clauses[1]++;
            }

            @Override
            public void visitLeaf(Query leaf) {
                clauses[0]++;
                if (leaf instanceof MultiTermQuery) {
                    clauses[1]++;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (clauses[1] > MAX_EXPANDING_CLAUSES) {
            throw new InvalidQueryException("The query has " + clauses[1] + " fuzzy, wildcard, regular-expression or prefix clauses; at most "
                    + MAX_EXPANDING_CLAUSES + " are searched at once");
        }
        if (clauses[0] > MAX_CLAUSES) {
            throw new InvalidQueryException("The query has " + clauses[0] + " clauses; at most " + MAX_CLAUSES + " are searched at once");
        }
        return query;
    }
}
