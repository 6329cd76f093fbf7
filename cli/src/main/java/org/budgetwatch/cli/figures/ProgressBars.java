package org.budgetwatch.cli.figures;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Progress bars on stderr (stdout carries the figures), or none for logs and scripts. */
public final class ProgressBars {

    private ProgressBars() {
    }

    public static ProgressBar of(String task, long total, boolean shown) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).showSpeed().setUpdateIntervalMillis(250)
                .setConsumer(shown ? new ConsoleProgressBarConsumer(System.err) : new DelegatingProgressBarConsumer(line -> { }))
                .build();
    }
}
