package org.budgetwatch.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.Severity;
import org.budgetwatch.validation.report.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * budgetwatch check FILE... [--json] [--min-severity info|warning|error]: extracts and validates each file.
 * Exit code 0 clean, 1 warnings only, 2 errors, 3 an input could not be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Extracts and validates each file. Exit code 0 clean, 1 warnings only, 2 errors, 3 an input could not be read.")
public class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Disclosures to check.")
    List<Path> files;

    @Option(names = "--json", description = "Print the extraction object of each file with a `report` field.")
    boolean json;

    @Option(names = "--min-severity", defaultValue = "info", description = "Lowest severity shown: info, warning or error (default info).")
    String minSeverity;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Rule overrides (properties): disabled = ID,…; severity.ID = INFO|WARNING|ERROR; region.<prefix>.… for one region.")
    Path rules;

    @Option(names = "--no-progress", description = "No progress bar on stderr (it is shown only at a terminal anyway).")
    boolean noProgress;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws IOException {
        Severity threshold;
        try {
            threshold = Severity.valueOf(minSeverity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--min-severity must be info, warning or error, not '" + minSeverity + "'");
        }
        DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
        DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(rules), true);
        ObjectMapper mapper = new ObjectMapper().configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
        int exit = ExitCodes.OK;
        try (FileProgress progress = FileProgress.over(files, !noProgress)) {
            for (Path file : files) {
                progress.reading(file);
                exit = Math.max(exit, check(file, extractor, validator, mapper, threshold));
                progress.done();
            }
        }
        return exit;
    }

    private int check(Path file, DisclosureExtractor extractor, DisclosureValidator validator, ObjectMapper mapper, Severity threshold)
            throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            out.println(json ? mapper.writeValueAsString(ExtractionJson.unreadable(file.toString(), e.getMessage()))
                    : file + "\n  rejected: cannot read the file: " + e.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        ExtractionResult result = extractor.extract(content);
        ExtractionJson extraction = ExtractionJson.of(file.toString(), content, result);
        if (!(result instanceof ExtractionResult.Extracted extracted)) {
            out.println(json ? mapper.writeValueAsString(CheckJson.of(extraction, null, threshold)) : ReadableSummary.of(extraction));
            return ExitCodes.UNREADABLE_INPUT;
        }
        ValidationReport report = validator.validate(extracted.document());
        out.println(json ? mapper.writeValueAsString(CheckJson.of(extraction, report, threshold)) : readable(file, report, threshold));
        return report.count(Severity.ERROR) > 0 ? ExitCodes.ERRORS
                : report.count(Severity.WARNING) > 0 ? ExitCodes.WARNINGS : ExitCodes.OK;
    }

    private static String readable(Path file, ValidationReport report, Severity threshold) {
        StringBuilder text = new StringBuilder(file.toString()).append('\n');
        text.append(String.format("  %s, ruleset %s: %d errors, %d warnings, %d info%n", report.status(), report.rulesetVersion(),
                report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO)));
        for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            if (severity.compareTo(threshold) < 0) {
                continue;
            }
            for (Finding f : report.findings()) {
                if (f.severity() == severity) {
                    text.append(String.format("  %-7s %-15s %s%n", severity, f.ruleId(), f.messageZh()));
                    text.append(String.format("          %s%n", f.messageEn()));
                    evidence(f).ifPresent(evidence -> text.append("          ").append(evidence).append('\n'));
                    where(f).ifPresent(where -> text.append("          ").append(where).append('\n'));
                }
            }
        }
        return text.toString().stripTrailing();
    }

    /**
     * The expected and actual values and their difference, each where the finding has it: a side left blank in the
     * document (XTAB-BALANCE's missing 收入总计) has an expected value and no actual one.
     */
    static java.util.Optional<String> evidence(Finding f) {
        String unit = f.unit().printed().isEmpty() ? "" : " " + f.unit().printed();
        List<String> parts = new java.util.ArrayList<>();
        if (f.expected() != null) {
            parts.add(String.format("expected [%s, %s]%s", f.expected().low().toPlainString(), f.expected().high().toPlainString(), unit));
        }
        if (f.actual() != null) {
            parts.add(String.format("actual [%s, %s]%s", f.actual().low().toPlainString(), f.actual().high().toPlainString(), unit));
        }
        if (f.difference() != null) {
            parts.add(String.format("off by %s%s", f.difference().toPlainString(), unit));
        }
        return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", parts));
    }

    /** The page (PDF) or line (text) of the finding's first location that has one. */
    private static java.util.Optional<String> where(Finding f) {
        return f.locations().stream()
                .map(l -> l.page() != null ? "page " + l.page() : l.line() != null ? "line " + l.line() : null)
                .filter(java.util.Objects::nonNull).findFirst();
    }
}
