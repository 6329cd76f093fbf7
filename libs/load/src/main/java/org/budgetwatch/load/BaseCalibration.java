package org.budgetwatch.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;

/**
 * What may be done to one corpus base without changing what the validator finds in it, learnt once by reading and
 * checking trial copies: the powers of ten its amounts can be multiplied by, and table lines where a changed figure
 * gives an error finding.
 *
 * @param exponents powers of ten (0 always) by which the amounts can be multiplied with the base's findings unchanged
 * @param errorLines table lines (1-based) where adding 10 to a figure gives a new ERROR finding
 * @param errors how many ERROR findings the base itself has (and so every clean variant of it)
 */
record BaseCalibration(int[] exponents, int[] errorLines, int errors) {

    private static final int[] EXPONENTS_TRIED = {-1, 0, 1, 2};
    private static final int ERROR_LINES_TRIED = 24;
    private static final DisclosureExtractor EXTRACTOR = new DisclosureExtractor(ExtractionLimits.defaults());
    private static final DisclosureValidator VALIDATOR = new DisclosureValidator(RuleCatalogue.standard(), false);

    static BaseCalibration of(CorpusBase base) {
        String[] lines = base.text().split("\n", -1);
        Map<String, Long> findings = findings(base.text());
        int[] exponents = IntStream.of(EXPONENTS_TRIED).filter(e -> e == 0 || findings(rewrite(lines, e, -1)).equals(findings)).toArray();

        List<Integer> candidates = new ArrayList<>(base.tableLines().stream()
                .filter(n -> n <= lines.length && !VariantGenerator.scale(lines[n - 1], 0, true).equals(lines[n - 1])).boxed().toList());
        SplittableRandom random = new SplittableRandom(base.name().hashCode());
        List<Integer> errorLines = new ArrayList<>();
        for (int tried = 0; tried < ERROR_LINES_TRIED && !candidates.isEmpty(); tried++) {
            int line = candidates.remove(random.nextInt(candidates.size()));
            Map<String, Long> changed = findings(rewrite(lines, 0, line));
            if (changed.entrySet().stream().anyMatch(e -> e.getKey().endsWith(" ERROR") && e.getValue() > findings.getOrDefault(e.getKey(), 0L))) {
                errorLines.add(line);
            }
        }
        int errors = findings.entrySet().stream().filter(e -> e.getKey().endsWith(" ERROR")).mapToInt(e -> e.getValue().intValue()).sum();
        return new BaseCalibration(exponents, errorLines.stream().mapToInt(Integer::intValue).sorted().toArray(), errors);
    }

    private static String rewrite(String[] lines, int exponent, int errorLine) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            text.append(VariantGenerator.scale(lines[i], exponent, i + 1 == errorLine)).append('\n');
        }
        return text.toString();
    }

    /** Findings above INFO, counted by rule and severity; an unreadable copy counts as one finding of its own. */
    static Map<String, Long> findings(String text) {
        if (EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8)) instanceof ExtractionResult.Extracted extracted) {
            return findings(extracted.document());
        }
        return Map.of("UNREADABLE", 1L);
    }

    /** The document's findings above INFO, counted by rule and severity ("rule SEVERITY"). */
    static Map<String, Long> findings(ExtractedDocument document) {
        Map<String, Long> counts = new TreeMap<>();
        for (Finding f : VALIDATOR.validate(document).findings()) {
            if (f.severity() != Severity.INFO) {
                counts.merge(f.ruleId() + " " + f.severity(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
