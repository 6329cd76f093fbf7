package org.budgetwatch.extraction.table;

import java.util.regex.Pattern;

/** A table's title as a reader names it: without the list numbering or markup printed in front of it. */
public final class TableTitles {

    /** 1. / 1、 / 一、 / （一） / 十二、 : the table's place in a list, not its name. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:[0-9]{1,2}\\s*[.、．]|[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)])\\s*");
    private static final Pattern MARKUP = Pattern.compile("^(?:#+|[-*])\\s*");

    private TableTitles() {
    }

    public static String clean(String text) {
        String title = MARKUP.matcher(text.strip()).replaceFirst("");
        String unnumbered = NUMBERING.matcher(title).replaceFirst("");
        return (unnumbered.isBlank() ? title : unnumbered).strip();
    }
}
