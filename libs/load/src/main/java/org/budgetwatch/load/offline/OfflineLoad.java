package org.budgetwatch.load.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.budgetwatch.load.VariantGenerator;
import org.budgetwatch.load.figures.Figures;
import org.budgetwatch.load.figures.Latencies;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.schemas.DocumentState;
import org.budgetwatch.validation.RuleCatalogue;

/**
 * The libraries alone over the same generated disclosures: extraction and validation on {@code threads} threads, no
 * Kafka, no HTTP, so that what the pipeline costs on top shows as a ratio. Documents are generated a chunk at a time
 * outside the measured time.
 */
public final class OfflineLoad {

    private static final int CHUNK = 500;

    private final VariantGenerator generator;
    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
    private final DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(), true);

    public OfflineLoad(VariantGenerator generator) {
        this.generator = generator;
    }

    public Map<String, Object> run(int documents, int threads, IntConsumer progress) throws Exception {
        Latencies perDocument = new Latencies();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        long measured = 0;
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int from = 0; from < documents; from += CHUNK) {
                List<byte[]> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(documents, from + CHUNK); i++) {
                    chunk.add(generator.generate(i).content());
                }
                long started = System.nanoTime();
                List<Future<?>> work = new ArrayList<>();
                for (byte[] content : chunk) {
                    work.add(pool.submit(() -> {
                        long t = System.nanoTime();
                        ExtractionResult read = extractor.extract(content);
                        String outcome = read instanceof ExtractionResult.Extracted extracted
                                ? validator.validate(extracted.document()).status().name() : DocumentState.REJECTED.name();
                        perDocument.add(System.nanoTime() - t);
                        outcomes.merge(outcome, 1, Integer::sum);
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                measured += System.nanoTime() - started;
                done += chunk.size();
                progress.accept(done);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("documents", documents);
        counts.put("threads", threads);
        counts.put("outcomes", new TreeMap<>(outcomes));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("counts", counts);
        result.put("throughput", Map.of("documentsPerSecond", Figures.perSecond(documents, measured)));
        result.put("latencyMs", Map.of("extractAndValidate", perDocument.summary()));
        result.put("measuredSeconds", Figures.seconds(measured));
        return result;
    }
}
