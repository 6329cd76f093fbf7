package org.budgetwatch.readmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Chinese word segmentation (smartcn) with the segmentation of short texts remembered. Disclosures repeat the same
 * names thousands of times (行政运行, 一般行政管理事务, 机关事业单位基本养老保险缴费支出, table titles, departments), and
 * segmenting them is most of the cost of indexing; sentences and other long texts are segmented every time. The
 * tokens are exactly those the analyzer produces, so queries analysed by the same analyzer match them.
 */
final class SegmentedText {

    private static final int SHORT = 200;
    private static final String CLAUSE_ENDS = "，。；：！？、,;:!?\n";
    private static final int REMEMBERED = 50_000;

    private record Token(String term, int positionIncrement) {
    }

    private final Analyzer analyzer;
    private final String field;
    /** Read by every indexing thread at once, without a lock; emptied when full (names recur, so it fills again fast). */
    private final Map<String, List<Token>> remembered = new ConcurrentHashMap<>(4096);

    SegmentedText(Analyzer analyzer, String field) {
        this.analyzer = analyzer;
        this.field = field;
    }

    /**
     * A token stream over the texts, one after the other, for a field indexed with the analyzer's tokens. Texts are
     * segmented clause by clause (at ，。；：！？、 and line ends, where smartcn never joins words across anyway), so that
     * the boilerplate clauses of the 情况说明 that every disclosure repeats are segmented once.
     */
    TokenStream of(List<String> texts) {
        List<Token> tokens = new ArrayList<>();
        for (String text : texts) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                    if (i > start) {
                        tokens.addAll(tokens(text.substring(start, i)));
                    }
                    start = i + 1;
                }
            }
        }
        return new ListTokenStream(tokens);
    }

    private List<Token> tokens(String text) {
        if (text.length() > SHORT) {
            return segment(text);
        }
        List<Token> known = remembered.get(text);
        if (known != null) {
            return known;
        }
        List<Token> tokens = segment(text);
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        remembered.put(text, tokens);
        return tokens;
    }

    private List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tokens);
    }

    private static final class ListTokenStream extends TokenStream {

        private final List<Token> tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private Iterator<Token> next;

        ListTokenStream(List<Token> tokens) {
            this.tokens = tokens;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = tokens.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (next == null || !next.hasNext()) {
                return false;
            }
            clearAttributes();
            Token token = next.next();
            term.setEmpty().append(token.term());
            increment.setPositionIncrement(token.positionIncrement());
            offset.setOffset(0, 0);
            return true;
        }
    }
}
