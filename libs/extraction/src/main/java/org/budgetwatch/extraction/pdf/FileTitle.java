package org.budgetwatch.extraction.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The title a PDF gives itself in its document information, where the text names no year or department (a
 * tables-only file): often the name of the spreadsheet it was printed from. Chinese writers store it in GBK without
 * saying so (PDF allows only PDFDocEncoding or UTF-16), so bytes that read as GBK Chinese are read as GBK.
 */
final class FileTitle {

    private static final Charset GBK = Charset.forName("GB18030");
    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("<([0-9A-Fa-f]{2})+>");

    private FileTitle() {
    }

    static String of(PDDocument document) {
        COSBase value = document.getDocumentInformation().getCOSObject().getDictionaryObject(COSName.TITLE);
        if (!(value instanceof COSString string)) {
            return null;
        }
        byte[] bytes = string.getBytes();
        String literal = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
        if (HEX.matcher(literal).matches()) { // a writer that put a hex string inside a literal one: <BDADCBD5…>
            bytes = java.util.HexFormat.of().parseHex(literal.substring(1, literal.length() - 1));
        }
        boolean unicode = bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
        String title = unicode ? new String(bytes, bytes[0] == (byte) 0xFE ? java.nio.charset.StandardCharsets.UTF_16BE
                : java.nio.charset.StandardCharsets.UTF_16LE).substring(1) : gbk(bytes);
        if (title == null) {
            title = string.getString();
        }
        title = title.strip().replaceFirst("^Microsoft Word - ", "").replaceFirst("\\.(xlsx?|docx?|wps|et|pdf)$", "");
        return title.isBlank() ? null : title;
    }

    /** The bytes as GBK when they decode cleanly and hold Chinese; null otherwise. */
    private static String gbk(byte[] bytes) {
        boolean high = false;
        for (byte b : bytes) {
            high |= (b & 0x80) != 0;
        }
        if (!high) {
            return null;
        }
        try {
            String text = GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
