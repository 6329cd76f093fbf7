package org.budgetwatch.cli;

import java.util.stream.Collectors;

/** The human-readable form of an extraction: metadata, then one line per table. */
final class ReadableSummary {

    private ReadableSummary() {
    }

    static String of(ExtractionJson e) {
        StringBuilder out = new StringBuilder(e.file()).append('\n');
        if (e.rejection() != null) {
            return out.append("  rejected: ").append(e.rejection().reason()).append(": ").append(e.rejection().message()).toString();
        }
        out.append(String.format("  %s | %s | %s | %s | %s%n", nullToDash(e.department()), nullToDash(e.region()),
                e.fiscalYear() == null ? "-" : e.fiscalYear(), e.kind(), e.mediaType()));
        for (ExtractionJson.TableJson t : e.tables()) {
            out.append(String.format("  #%-2d %-34s %-11s %-8s %3d rows  %s%n", t.index(), t.type(), t.side(), t.unit(), t.rows().size(),
                    t.title()));
            out.append("       columns: ").append(t.columns().stream().map(ExtractionJson.ColumnJson::path)
                    .collect(Collectors.joining(" | "))).append('\n');
        }
        out.append(String.format("  %d narrative statements, %d linked to a table row%n", e.statements().size(),
                e.statements().stream().filter(st -> st.rowIndex() != null).count()));
        return out.toString().stripTrailing();
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
