package org.budgetwatch.extraction.classify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetwatch.extraction.model.CodeKind;
import org.budgetwatch.extraction.model.CodeLevel;

/**
 * Splits a printed row head such as "2080501-行政单位离退休" or "30101 基本工资" into code and name, and tells
 * which classification the code belongs to by its shape.
 */
public final class CodeParser {

    private static final Pattern CODED = Pattern.compile("^\\s*([0-9]{3,}|[0-9]{6,}[A-Z0-9]+)\\s*(?:[-－—:：]\\s*|\\s+|$)(.*)$");

    private CodeParser() {
    }

    public record ParsedCode(String code, String name, CodeKind kind, CodeLevel level) {
    }

    public static Optional<ParsedCode> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        char first = text.strip().isEmpty() ? ' ' : text.strip().charAt(0);
        if (first < '0' || first > '9') {
            return Optional.empty(); // every code starts with a digit
        }
        Matcher m = CODED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = m.group(1);
        CodeKind kind = kindOf(code);
        return Optional.of(new ParsedCode(code, m.group(2).trim(), kind, levelOf(code, kind)));
    }

    public static CodeKind kindOf(String code) {
        int length = code.length();
        if (length >= 15) {
            return CodeKind.PROJECT;
        }
        char first = code.charAt(0);
        if (first == '2' && (length == 3 || length == 5 || length == 7)) {
            return CodeKind.FUNCTION;
        }
        if (first == '5' && (length == 3 || length == 5)) {
            return CodeKind.GOVERNMENT_ECONOMIC;
        }
        if (first == '3' && (length == 3 || length == 5)) {
            return CodeKind.DEPARTMENT_ECONOMIC;
        }
        return CodeKind.UNIT;
    }

    public static CodeLevel levelOf(String code, CodeKind kind) {
        if (kind != CodeKind.FUNCTION && kind != CodeKind.GOVERNMENT_ECONOMIC && kind != CodeKind.DEPARTMENT_ECONOMIC) {
            return CodeLevel.NONE;
        }
        return switch (code.length()) {
            case 3 -> CodeLevel.CLASS;
            case 5 -> CodeLevel.SEGMENT;
            case 7 -> CodeLevel.ITEM;
            default -> CodeLevel.NONE;
        };
    }
}
