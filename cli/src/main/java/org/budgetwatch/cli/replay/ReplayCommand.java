package org.budgetwatch.cli.replay;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.apache.kafka.common.KafkaException;
import org.budgetwatch.cli.ExitCodes;
import org.budgetwatch.cli.KafkaOptions;
import org.budgetwatch.cli.figures.FiguresOptions;
import org.budgetwatch.cli.figures.ProgressBars;
import org.budgetwatch.load.figures.Figures;
import org.budgetwatch.load.replay.ArchiveReplay;
import org.budgetwatch.validation.RuleCatalogue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * budgetwatch replay: re-validates every document already on disclosures.tables.v1 with the rules of this build (and
 * an overrides file) and publishes the new reports, as the archive must be when the rules change; prints the time and
 * the rate.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-validates every document on disclosures.tables.v1 under this build's ruleset and publishes the new reports "
                + "to disclosures.discrepancies.v1 (in transactions); prints the time and rate.",
                "The projection replaces each document's findings as the new reports arrive."})
public class ReplayCommand implements Callable<Integer> {

    @CommandLine.Mixin
    KafkaOptions kafka;

    @CommandLine.Mixin
    FiguresOptions report;

    @Option(names = "--rules", description = "Rule overrides file (disabled rules, severities, per region; see docs/rules.md).")
    Path rules;

    @Option(names = "--dry-run", description = "Re-validate and count, publish nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        RuleCatalogue catalogue = RuleCatalogue.standard(rules);
        Map<String, Object> figures = Figures.header("replay");
        figures.put("settings", Map.of("rulesetVersion", catalogue.budgets().version(), "overrides", rules == null ? "none" : rules.toString(),
                "publish", !dryRun));
        try (ArchiveReplay replay = new ArchiveReplay(kafka.bootstrapServers, kafka.registryUrl, catalogue, !dryRun);
             ProgressBar bar = ProgressBars.of("replay", 1, !report.noProgress)) {
            figures.putAll(replay.run((done, total) -> {
                bar.maxHint(total);
                bar.stepTo(done);
            }));
        } catch (KafkaException e) {
            System.err.println("replay: " + e.getMessage() + " (is the stack running? see --bootstrap-servers, --registry)");
            return ExitCodes.UNAVAILABLE;
        }
        Figures.report(figures, report.out, report.baseline, System.out);
        return ExitCodes.OK;
    }
}
