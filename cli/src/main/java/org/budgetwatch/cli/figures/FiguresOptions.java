package org.budgetwatch.cli.figures;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a benchmark command's figures go: a JSON file, a comparison with an earlier run, a progress bar or none. */
public class FiguresOptions {

    @Option(names = "--out", description = "Write the figures as JSON to this file.")
    public Path out;

    @Option(names = "--baseline", description = "Compare with the figures of an earlier run of the same kind (its --out file) and print the ratios.")
    public Path baseline;

    @Option(names = "--no-progress", description = "No progress bar (for logs and scripts).")
    public boolean noProgress;
}
