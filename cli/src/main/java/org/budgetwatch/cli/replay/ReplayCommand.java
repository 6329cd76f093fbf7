package org.budgetwatch.cli.replay;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.budgetwatch.cli.ExitCodes;
import me.tongfei.progressbar.ProgressBar;
import org.apache.kafka.common.KafkaException;
import org.budgetwatch.cli.figures.ProgressBars;
import org.budgetwatch.load.figures.Figures;
import org.budgetwatch.load.figures.Machine;
import org.budgetwatch.load.replay.ArchiveReplay;
import org.budgetwatch.validation.RuleCatalogue;
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

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092", description = "Kafka (default ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--registry", defaultValue = "http://localhost:8081", description = "Schema registry (default ${DEFAULT-VALUE}).")
    String registryUrl;

    @Option(names = "--rules", description = "Rule overrides file (disabled rules, severities, per region; see docs/rules.md).")
    Path rules;

    @Option(names = "--dry-run", description = "Re-validate and count, publish nothing.")
    boolean dryRun;

    @Option(names = "--out", description = "Write the figures as JSON to this file.")
    Path out;

    @Option(names = "--baseline", description = "Compare with the figures of an earlier replay (its --out file) and print the ratios.")
    Path baseline;

    @Option(names = "--no-progress", description = "No progress bar (for logs and scripts).")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        RuleCatalogue catalogue = RuleCatalogue.standard(rules);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("kind", "replay");
        figures.put("measuredAt", Instant.now().toString());
        figures.put("machine", Machine.describe());
        figures.put("settings", Map.of("rulesetVersion", catalogue.budgets().version(), "overrides", rules == null ? "none" : rules.toString(),
                "publish", !dryRun));
        try (ArchiveReplay replay = new ArchiveReplay(bootstrapServers, registryUrl, catalogue, !dryRun);
             ProgressBar bar = ProgressBars.of("replay", 1, !noProgress)) {
            figures.putAll(replay.run((done, total) -> {
                bar.maxHint(total);
                bar.stepTo(done);
            }));
        } catch (KafkaException e) {
            System.err.println("replay: " + e.getMessage() + " (is the stack running? see --bootstrap-servers, --registry)");
            return ExitCodes.UNAVAILABLE;
        }
        Figures.report(figures, out, baseline, System.out);
        return ExitCodes.OK;
    }
}
