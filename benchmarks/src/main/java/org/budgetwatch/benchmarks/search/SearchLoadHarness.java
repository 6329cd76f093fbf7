package org.budgetwatch.benchmarks.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.readmodel.ReadModel;
import org.budgetwatch.readmodel.SearchQuery;

/**
 * Load harness for the search read model: indexes N synthetic disclosures made from the corpus (their tables event and
 * report, projected exactly as the projection service does), then runs a mix of full-text, filtered, faceted and
 * sorted searches from C concurrent clients and prints indexing throughput and search latency percentiles.
 *
 * <p>Like a JMH warm-up, W other disclosures are first indexed into a read model that is then thrown away, so that the
 * figures are those of a running service whose code the JIT has compiled, not of a JVM's first seconds;
 * {@code --warmup=0} measures from a cold start.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.budgetwatch.benchmarks.search.SearchLoadHarness \
 *     [--documents=10000] [--warmup=3000] [--clients=8] [--queries=4000] [--corpus=corpus] [--out=docs/baselines/search-load.json]
 * </pre>
 */
public final class SearchLoadHarness {

    private SearchLoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int documents = Integer.parseInt(options.getOrDefault("documents", "10000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "4000"));
        Path corpus = Path.of(options.getOrDefault("corpus", "corpus"));

        SyntheticDisclosures synthetic = SyntheticDisclosures.fromCorpus(corpus);
        // the events as the projection consumes them, Avro binary, made before the clock starts
        long generationStart = System.nanoTime();
        List<ByteBuffer[]> events = events(synthetic, 0, documents);
        List<ByteBuffer[]> warmupEvents = events(synthetic, documents, warmup);
        double generationSeconds = seconds(System.nanoTime() - generationStart);

        if (warmup > 0) {
            Path warmupIndex = Files.createTempDirectory("budgetwatch-search-warmup");
            try (ReadModel readModel = new ReadModel(warmupIndex, Duration.ofSeconds(5), 2_000)) {
                long start = System.nanoTime();
                index(readModel, warmupEvents);
                System.out.printf("warm-up: %,d other disclosures indexed in %.1f s, into a read model then thrown away%n", warmup,
                        seconds(System.nanoTime() - start));
            } finally {
                delete(warmupIndex);
            }
            warmupEvents.clear();
        }

        Path index = Files.createTempDirectory("budgetwatch-search-load");
        Map<String, Object> results = new LinkedHashMap<>();
        try (ReadModel readModel = new ReadModel(index, Duration.ofSeconds(5), 2_000)) {
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long gcStart = gcMillis();
            long start = System.nanoTime();
            index(readModel, events);
            double indexingSeconds = seconds(System.nanoTime() - start);
            double cpuSeconds = seconds(os.getProcessCpuTime() - cpuStart);
            double gcSeconds = (gcMillis() - gcStart) / 1000.0;
            double rate = documents / indexingSeconds;
            System.out.printf("indexed %,d disclosures (%d corpus bases; 2 Avro events each, decoded, projected, indexed, committed and merged) in %.1f s:"
                    + " %.0f disclosures/s (generation %.1f s before)%n", documents, synthetic.bases(), indexingSeconds, rate, generationSeconds);
            System.out.printf("  process CPU %.1f s (%.1f of %d cores), of which garbage collection pauses %.1f s%n", cpuSeconds, cpuSeconds / indexingSeconds,
                    Runtime.getRuntime().availableProcessors(), gcSeconds);
            events.clear();
            results.put("documents", documents);
            results.put("warmupDocuments", warmup);
            results.put("indexingSeconds", round(indexingSeconds));
            results.put("disclosuresPerSecond", Math.round(rate));
            results.put("indexingCpuSeconds", round(cpuSeconds));
            results.put("indexingGcPauseSeconds", round(gcSeconds));
            results.put("indexBytes", size(index));

            List<IntFunction<SearchQuery>> mix = queryMix();
            run(readModel, mix, clients, Math.min(queries, 800)); // warm-up
            System.out.printf("%n%-48s %10s %10s%n", "query kind, 1 client", "p50 ms", "p99 ms");
            for (int kind = 0; kind < mix.size(); kind++) {
                long[] alone = run(readModel, List.of(mix.get(kind)), 1, 100);
                Arrays.sort(alone);
                System.out.printf("%-48s %10.2f %10.2f%n", MIX_NAMES[kind], millis(percentile(alone, 50)), millis(percentile(alone, 99)));
            }
            long[] latencies = run(readModel, mix, clients, queries);
            Arrays.sort(latencies);
            double p50 = millis(percentile(latencies, 50));
            double p95 = millis(percentile(latencies, 95));
            double p99 = millis(percentile(latencies, 99));
            System.out.printf("%n%-28s %10s%n", "search (" + clients + " clients)", "ms");
            System.out.printf("%-28s %10.2f%n%-28s %10.2f%n%-28s %10.2f%n%-28s %10.2f%n", "p50", p50, "p95", p95, "p99", p99, "max",
                    millis(latencies[latencies.length - 1]));
            results.put("clients", clients);
            results.put("queries", queries);
            results.put("searchP50Ms", p50);
            results.put("searchP95Ms", p95);
            results.put("searchP99Ms", p99);
            results.put("searchMaxMs", millis(latencies[latencies.length - 1]));
            System.out.printf("%nindexing target ≥ 500 disclosures/s: %s; search target p99 ≤ 50 ms: %s%n", rate >= 500 ? "met" : "NOT met",
                    p99 <= 50 ? "met" : "NOT met");
        } finally {
            delete(index);
        }
        results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, java " + System.getProperty("java.version"));
        if (options.containsKey("out")) {
            Path out = Path.of(options.get("out"));
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
            System.out.println("figures written to " + out);
        }
    }

    /** The disclosures' events as the projection consumes them, Avro binary. */
    private static List<ByteBuffer[]> events(SyntheticDisclosures synthetic, int first, int count) throws Exception {
        List<ByteBuffer[]> events = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            SyntheticDisclosures.Disclosure disclosure = synthetic.get(i);
            events.add(new ByteBuffer[] {DocumentTables.getEncoder().encode(disclosure.tables()), ValidationReport.getEncoder().encode(disclosure.report())});
        }
        return events;
    }

    /** Decodes and projects each disclosure's tables event and report, then commits and waits for the merges. */
    private static void index(ReadModel readModel, List<ByteBuffer[]> events) throws Exception {
        for (ByteBuffer[] event : events) {
            DocumentTables tables = DocumentTables.getDecoder().decode(event[0].duplicate());
            readModel.project(tables.getDocumentId(), tables);
            ValidationReport report = ValidationReport.getDecoder().decode(event[1].duplicate());
            readModel.project(report.getDocumentId(), report);
        }
        readModel.commit();
        readModel.awaitMerges(); // merging the segments is part of indexing them
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static final String[] MIX_NAMES = {"full text", "full text + year", "region + code prefix, line items by amount",
            "rule + severity + status + year, discrepancies", "text + table type + amount range, by amount, paged", "department words + has discrepancies, by year"};

    /** Full text (names, projects, narrative words), filters (year, region, code prefix, amounts, rules), facets on every query, sorts. */
    static List<IntFunction<SearchQuery>> queryMix() {
        String[] words = {"医疗保障", "档案整理", "信息化", "医疗救助", "行政运行", "住房公积金", "公务接待", "基本支出", "政府采购", "城乡居民"};
        List<IntFunction<SearchQuery>> mix = new ArrayList<>();
        mix.add(i -> SearchQuery.text(words[i % words.length]));
        mix.add(i -> new SearchQuery(words[i % words.length], 2020 + i % 6, null, null, null, null, null, null, null, null, null, null, null,
                null, null, 0, 20));
        mix.add(i -> new SearchQuery(null, null, SyntheticDisclosures.REGIONS[i % SyntheticDisclosures.REGIONS.length].substring(0, 3), null, null,
                null, null, "2101", null, null, null, null, null, "lineItem", "amount", 0, 20));
        mix.add(i -> new SearchQuery(null, 2020 + i % 6, null, null, null, "DISCREPANCIES", null, null, null, null, "NARR-YOY", "ERROR", null,
                "discrepancy", null, 0, 20));
        mix.add(i -> new SearchQuery("项目", null, null, null, null, null, "PROJECT_EXPENDITURE", null, new BigDecimal("100"), new BigDecimal("5000"),
                null, null, null, "lineItem", "amount", i % 5, 20));
        mix.add(i -> new SearchQuery(null, null, null, SyntheticDisclosures.DEPARTMENTS[i % SyntheticDisclosures.DEPARTMENTS.length], null, null,
                null, null, null, null, null, null, true, "document", "year", 0, 20));
        return mix;
    }

    private static long[] run(ReadModel readModel, List<IntFunction<SearchQuery>> mix, int clients, int queries) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            int perClient = queries / clients;
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[perClient];
                    for (int q = 0; q < perClient; q++) {
                        int n = client * perClient + q;
                        SearchQuery query = mix.get(n % mix.size()).apply(n);
                        long start = System.nanoTime();
                        readModel.search(query);
                        latencies[q] = System.nanoTime() - start;
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                for (long latency : future.get()) {
                    all.add(latency);
                }
            }
            return all.stream().mapToLong(Long::longValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static long size(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
