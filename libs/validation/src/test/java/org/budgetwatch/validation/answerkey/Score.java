package org.budgetwatch.validation.answerkey;

import java.util.List;
import java.util.stream.Stream;
import org.budgetwatch.validation.report.Finding;

/**
 * How a report's ERROR and WARNING findings compare with an answer key: a finding that reports a key entry is a true
 * positive, one that reports none a false positive; an entry no finding reports is missed. Several findings may report
 * one entry, so precision counts findings and recall counts entries.
 */
record Score(int truePositives, int falsePositives, int entriesFound, List<AnswerKey.Entry> missed, List<Finding> wrong) {

    static Score of(AnswerKey key, List<Finding> findings) {
        List<Finding> wrong = findings.stream().filter(f -> key.entries().stream().noneMatch(e -> e.reportedBy(f))).toList();
        List<AnswerKey.Entry> missed = key.entries().stream().filter(e -> findings.stream().noneMatch(e::reportedBy)).toList();
        return new Score(findings.size() - wrong.size(), wrong.size(), key.entries().size() - missed.size(), missed, wrong);
    }

    static Score none() {
        return new Score(0, 0, 0, List.of(), List.of());
    }

    Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                entriesFound + other.entriesFound, concat(missed, other.missed), concat(wrong, other.wrong));
    }

    /** Findings that report a key entry, of all ERROR and WARNING findings (1 when there are none). */
    double precision() {
        int findings = truePositives + falsePositives;
        return findings == 0 ? 1.0 : (double) truePositives / findings;
    }

    /** Key entries some finding reports, of all entries (1 when the key is empty). */
    double recall() {
        int entries = entriesFound + missed.size();
        return entries == 0 ? 1.0 : (double) entriesFound / entries;
    }

    String line(String name) {
        return String.format(java.util.Locale.ROOT, "%-52s key %3d  found %3d  missed %3d  findings %4d  TP %4d  FP %4d  precision %5.1f%%  recall %5.1f%%",
                name, entriesFound + missed.size(), entriesFound, missed.size(), truePositives + falsePositives, truePositives,
                falsePositives, 100 * precision(), 100 * recall());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
