package org.budgetwatch.load.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of a benchmark run (load, offline, replay): printed as tables, written as JSON, and compared with a baseline run's JSON. */
public final class Figures {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Figures() {
    }

    /** Prints the figures, writes them to {@code out} and compares them with {@code baseline} (either may be null). */
    public static void report(Map<String, Object> figures, Path out, Path baseline, PrintStream stdout) throws IOException {
        print(figures, stdout);
        if (out != null) {
            write(figures, out);
            stdout.println("figures written to " + out);
        }
        if (baseline != null) {
            compare(figures, baseline, stdout);
        }
    }

    /** The start of a run's figures: what kind of run, when, and on what machine (runs compare on the same one only). */
    public static Map<String, Object> header(String kind) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("kind", kind);
        figures.put("measuredAt", Instant.now().toString());
        figures.put("machine", Machine.describe());
        return figures;
    }

    /** {@code count} per second over {@code nanos}, to one decimal. */
    public static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : Math.round(count * 1e9 / nanos * 10) / 10.0;
    }

    /** Nanoseconds as seconds, to two decimals. */
    public static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    static void print(Map<String, Object> figures, PrintStream out) {
        JsonNode root = JSON.valueToTree(figures);
        out.printf("%n%-34s %8s %10s %10s %10s %10s%n", "stage", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("latencyMs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> stage = it.next();
            JsonNode s = stage.getValue();
            out.printf("%-34s %8d %10s %10s %10s %10s%n", words(stage.getKey()), s.path("count").asInt(), number(s, "p50"), number(s, "p95"),
                    number(s, "p99"), number(s, "max"));
        }
        out.println();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("throughput").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> rate = it.next();
            out.printf("%-34s %10.1f%n", words(rate.getKey()), rate.getValue().asDouble());
        }
        out.println();
        out.println("counts: " + root.path("counts"));
    }

    static void write(Map<String, Object> figures, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        JSON.writeValue(file.toFile(), figures);
    }

    /**
     * Prints each throughput and latency figure next to the baseline's, with the ratio now / baseline and whether that
     * is better or worse (higher throughput, lower latency).
     */
    static void compare(Map<String, Object> figures, Path baselineFile, PrintStream out) throws IOException {
        JsonNode now = JSON.valueToTree(figures);
        JsonNode baseline = JSON.readTree(baselineFile.toFile());
        if (!now.path("kind").asText().equals(baseline.path("kind").asText())) {
            out.printf("%nbaseline %s is a %s run, this is a %s run: not compared%n", baselineFile, baseline.path("kind").asText(),
                    now.path("kind").asText());
            return;
        }
        out.printf("%ncompared with %s (measured %s)%n", baselineFile, baseline.path("measuredAt").asText("?"));
        out.printf("%-48s %12s %12s %8s%n", "figure", "baseline", "now", "ratio");
        for (Iterator<Map.Entry<String, JsonNode>> it = now.path("throughput").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> rate = it.next();
            row(out, words(rate.getKey()), baseline.path("throughput").path(rate.getKey()), rate.getValue(), true);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = now.path("latencyMs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> stage = it.next();
            for (String p : new String[] {"p50", "p95", "p99"}) {
                row(out, words(stage.getKey()) + " " + p + " ms", baseline.path("latencyMs").path(stage.getKey()).path(p), stage.getValue().path(p), false);
            }
        }
    }

    private static void row(PrintStream out, String name, JsonNode before, JsonNode now, boolean higherIsBetter) {
        if (!before.isNumber() || !now.isNumber()) {
            return;
        }
        double ratio = before.asDouble() == 0 ? Double.NaN : now.asDouble() / before.asDouble();
        String verdict = Double.isNaN(ratio) || Math.abs(ratio - 1) < 0.05 ? "" : (ratio > 1) == higherIsBetter ? "better" : "worse";
        out.printf("%-48s %12.2f %12.2f %8.2f %s%n", name, before.asDouble(), now.asDouble(), ratio, verdict);
    }

    private static String number(JsonNode stage, String field) {
        return stage.has(field) ? String.format("%.1f", stage.get(field).asDouble()) : "-";
    }

    /** acceptedToReportCommitted → "accepted to report committed". */
    private static String words(String camel) {
        return camel.replaceAll("([A-Z])", " $1").toLowerCase();
    }
}
