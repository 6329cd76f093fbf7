package org.budgetwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors exit 2 with the usage on stderr, as for any Unix tool; stdout stays for results. */
class CommandLineUsageTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new BudgetwatchCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void shouldExit2WithUsageOnStderrWhenNoCommandIsGiven() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Missing a command").contains("Usage: budgetwatch");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldExit2ForAnUnknownOptionOrMissingFiles() {
        assertThat(run("check", "--bogus", "x.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("Usage: budgetwatch check");
        assertThat(run("extract")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void shouldExit2ForABadSeverity() {
        assertThat(run("check", "--min-severity", "loud", "--no-progress", "../corpus/yanbian-medical-security-2024-budget.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("--min-severity must be info, warning or error");
    }

    @Test
    void shouldAnswerHelpOnStdoutWithExit0() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("extract").contains("check");
    }
}
