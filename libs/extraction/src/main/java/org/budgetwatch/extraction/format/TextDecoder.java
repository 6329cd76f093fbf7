package org.budgetwatch.extraction.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes text exports: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030 (a superset of GBK). */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(byte[] content) {
        return decode(content, content.length);
    }

    static String decode(byte[] content, int limit) {
        int length = Math.min(limit, content.length);
        if (length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
            return new String(content, 3, length - 3, StandardCharsets.UTF_8);
        }
        if (length >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
            return new String(content, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
            return new String(content, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        // the fast path: valid UTF-8 without a replacement character decodes the same either way (a sniff ends before
        // a character it would cut in two)
        String lenient = new String(content, 0, length < content.length ? characterBoundary(content, length) : length, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, 0, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            // a sniff may cut a UTF-8 sequence in two; only the whole content decides against UTF-8
            if (length < content.length && isUtf8UpToLastCharacter(content, length)) {
                return new String(content, 0, length, StandardCharsets.UTF_8);
            }
            return new String(content, 0, length, GB18030);
        }
    }

    /** True when the bytes decode to text with few control characters. */
    static boolean looksLikeText(byte[] content, int limit) {
        String text = decode(content, limit);
        if (text.isEmpty()) {
            return false;
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        return (control + replaced) * 100 < text.length();
    }

    /** Where the last whole UTF-8 character before {@code length} ends. */
    private static int characterBoundary(byte[] content, int length) {
        int end = length;
        while (end > 0 && end > length - 4 && (content[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (content[end - 1] & 0x80) != 0) {
            end--;
        }
        return end;
    }

    private static boolean isUtf8UpToLastCharacter(byte[] content, int length) {
        int end = characterBoundary(content, length);
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
