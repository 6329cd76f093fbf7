package org.budgetwatch.extraction.pdf;

/** What a page prints, top to bottom: lines of text and tables. */
sealed interface PageBlock {

    int page();

    float top();

    /** A line of text outside any table (a title, a unit line, prose). */
    record Line(int page, TextLine line) implements PageBlock {

        @Override
        public float top() {
            return line.top();
        }

        String text() {
            return line.text();
        }
    }

    record Table(PageTable table) implements PageBlock {

        @Override
        public int page() {
            return table.page();
        }

        @Override
        public float top() {
            return table.top();
        }
    }
}
