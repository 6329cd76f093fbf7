package org.budgetwatch.cli;

import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import org.budgetwatch.cli.figures.ProgressBars;

/**
 * Progress over the files of extract and check, on stderr (stdout carries the results): the file being read and the
 * time spent, refreshed while a long PDF is read. Shown only to a person at a terminal, unless --no-progress.
 */
final class FileProgress implements AutoCloseable {

    private final ProgressBar bar;

    private FileProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static FileProgress over(List<Path> files, boolean wanted) {
        // the launcher says whether stderr is a terminal; Java itself only knows whether stdin and stdout both are
        boolean shown = wanted && (System.console() != null || Boolean.getBoolean("budgetwatch.stderr.tty"));
        return new FileProgress(ProgressBars.of("reading", files.size(), shown));
    }

    void reading(Path file) {
        bar.setExtraMessage(file.getFileName().toString());
    }

    void done() {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
