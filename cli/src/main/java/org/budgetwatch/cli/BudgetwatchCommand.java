package org.budgetwatch.cli;

import org.budgetwatch.cli.load.LoadCommand;
import org.budgetwatch.cli.replay.ReplayCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The budgetwatch command-line tool: the same libraries as the services, on local files. */
@Command(name = "budgetwatch", mixinStandardHelpOptions = true, version = "budgetwatch 0.1.0",
        description = "Reads Chinese government budget disclosures into typed tables and checks their figures.",
        subcommands = {ExtractCommand.class, CheckCommand.class, LoadCommand.class, ReplayCommand.class})
public class BudgetwatchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No subcommand is a usage error: the usage goes to stderr and the exit code is 2, as for any other. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: extract, check, load or replay");
    }

    public static void main(String[] args) {
        // stdout carries the JSON: the libraries' own logging (POI logs through Log4j) goes to stderr
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.logFile", "system.err");
        // only errors: PDFBox, FontBox and POI warn about every font table and record they work around, which says
        // nothing to a user (a file they cannot read ends in a rejection with its reason)
        System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(new CommandLine(new BudgetwatchCommand()).execute(args));
    }
}
