package org.budgetwatch.load.figures;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Durations of one stage, one per document, summarised as nearest-rank percentiles in milliseconds. */
public final class Latencies {

    private long[] nanos = new long[64];
    private int count;

    public synchronized void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = Math.max(0, durationNanos);
    }

    public synchronized int count() {
        return count;
    }

    /** count, p50, p95, p99 and max in milliseconds (empty when nothing was measured). */
    public synchronized Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count);
        if (count == 0) {
            return summary;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        summary.put("p50", millis(percentile(sorted, 50)));
        summary.put("p95", millis(percentile(sorted, 95)));
        summary.put("p99", millis(percentile(sorted, 99)));
        summary.put("max", millis(sorted[count - 1]));
        return summary;
    }

    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
