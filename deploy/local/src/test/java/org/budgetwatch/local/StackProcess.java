package org.budgetwatch.local;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The run command in a process of its own, so that the whole stack — broker, registry and services — can be killed at
 * once as a power cut or the OOM killer would (SIGKILL: nothing is closed, flushed or committed on the way out), and
 * started again on the same data and ports.
 */
final class StackProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6);

    private final StackSettings settings;
    private final Path log;
    private final Path nothingToIngest;
    private Process process;

    StackProcess(StackSettings settings, Path log) throws IOException {
        this.settings = settings;
        this.log = log;
        this.nothingToIngest = Files.createDirectories(settings.dataDir().resolve("no-samples"));
    }

    /** Starts the stack and waits until it serves. */
    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), LocalStackMain.class.getName(),
                "--data-dir=" + settings.dataDir(), "--kafka-port=" + settings.kafkaPort(), "--controller-port=" + settings.controllerPort(),
                "--registry-port=" + settings.registryPort(), "--ingest-port=" + settings.ingestPort(),
                "--extractor-port=" + settings.extractorPort(), "--validator-port=" + settings.validatorPort(),
                "--projection-port=" + settings.projectionPort(), nothingToIngest.toString()));
        Files.createDirectories(log.getParent());
        long logged = Files.exists(log) ? Files.size(log) : 0;
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("the stack stopped while starting (exit " + process.exitValue() + "); see " + log);
            }
            return new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).indexOf("budgetwatch is running", (int) logged) >= 0;
        });
    }

    /** SIGKILL: the stack stops at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String ingestUrl() {
        return "http://127.0.0.1:" + settings.ingestPort();
    }

    String projectionUrl() {
        return "http://127.0.0.1:" + settings.projectionPort();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + settings.kafkaPort();
    }

    String registryUrl() {
        return "http://127.0.0.1:" + settings.registryPort();
    }

    String apiKey() throws IOException {
        return Files.readString(settings.dataDir().resolve("ingest-api-key")).strip();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
