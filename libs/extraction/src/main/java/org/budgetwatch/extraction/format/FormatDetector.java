package org.budgetwatch.extraction.format;

import java.nio.charset.StandardCharsets;

/** Detects a document's format from its first bytes, never from its file name. */
public final class FormatDetector {

    private static final int SNIFF = 4096;

    private FormatDetector() {
    }

    public static String detect(byte[] content) {
        if (content.length >= 5 && startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return MediaTypes.PDF;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return MediaTypes.DOCX;
            }
            if (head.contains("xl/")) {
                return MediaTypes.XLSX;
            }
            return MediaTypes.OOXML_ZIP;
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            // the compound file's directory names its main stream (in UTF-16LE)
            int scan = Math.min(content.length, 4 * 1024 * 1024);
            String directory = new String(content, 0, scan, StandardCharsets.UTF_16LE) + new String(content, 1, scan - 1, StandardCharsets.UTF_16LE);
            if (directory.contains("WordDocument")) {
                return MediaTypes.DOC;
            }
            return directory.contains("Workbook") || directory.contains("Book") ? MediaTypes.XLS : MediaTypes.OLE2;
        }
        String head = TextDecoder.decode(content, SNIFF).stripLeading().toLowerCase();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<table")) {
            return MediaTypes.HTML;
        }
        return TextDecoder.looksLikeText(content, SNIFF) ? MediaTypes.TEXT : MediaTypes.UNKNOWN;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
