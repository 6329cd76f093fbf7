package org.budgetwatch.load.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.budgetwatch.load.VariantGenerator;
import org.budgetwatch.load.figures.Figures;
import org.budgetwatch.load.figures.Latencies;

/**
 * One run against a running stack: submits the generated disclosures at the set rate (or as fast as the ingest takes
 * them, waiting out its 429/503 refusals and reconnecting when the stack restarts under it), then follows each accepted
 * document to its committed report or rejection and to the moment a search finds it; gives up on the ones still
 * missing after the timeout and counts them lost.
 */
public final class PipelineLoad {

    /**
     * Where the stack answers.
     *
     * @param apiKey the ingest API key, or null when the ingest asks for none
     */
    public record Stack(String ingestUrl, String searchUrl, String bootstrapServers, String registryUrl, String apiKey) {
    }

    /**
     * @param rate documents per second, 0 for as fast as the ingest accepts
     * @param concurrency submissions in flight at once
     * @param timeout how long to wait, after the last submission, for every accepted document to end and be found
     */
    public record Settings(int documents, double rate, int concurrency, Duration timeout) {
    }

    /** What is known of one submitted document; the times are {@link System#nanoTime()}. */
    private static final class Track {
        final boolean injectedError;
        final int baseErrors;
        final long sent;
        volatile IngestSubmitter.Submission submission;

        Track(VariantGenerator.Variant variant, long sent) {
            this.injectedError = variant.injectedError();
            this.baseErrors = variant.baseErrors();
            this.sent = sent;
        }
    }

    private final VariantGenerator generator;
    private final IngestSubmitter ingest;
    private final OutcomeFollower outcomes;
    private final SearchableProbe search;

    private PipelineLoad(VariantGenerator generator, IngestSubmitter ingest, OutcomeFollower outcomes, SearchableProbe search) {
        this.generator = generator;
        this.ingest = ingest;
        this.outcomes = outcomes;
        this.search = search;
    }

    /**
     * Runs the load against the stack; {@code progress} is told how many documents have ended and been found, and
     * what is going on.
     *
     * @return the figures: counts, throughput per second, latency per stage
     */
    public static Map<String, Object> run(VariantGenerator generator, Stack stack, Settings settings, Consumer<Progress> progress)
            throws InterruptedException {
        IngestSubmitter ingest = new IngestSubmitter(stack.ingestUrl(), stack.apiKey());
        try {
            ingest.requireReachable();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot reach the ingest API at " + stack.ingestUrl() + ": " + e, e);
        }
        try (OutcomeFollower outcomes = new OutcomeFollower(stack.bootstrapServers(), stack.registryUrl());
             SearchableProbe search = new SearchableProbe(stack.searchUrl())) {
            return new PipelineLoad(generator, ingest, outcomes, search).run(settings, progress);
        }
    }

    private Map<String, Object> run(Settings settings, Consumer<Progress> progress) throws InterruptedException {
        // generated before the clock starts, so that the generator does not take the stack's CPU while it is measured
        List<VariantGenerator.Variant> variants = IntStream.range(0, settings.documents()).parallel().mapToObj(generator::generate).toList();
        AtomicReferenceArray<Track> tracks = new AtomicReferenceArray<>(settings.documents());
        AtomicReference<String> failure = new AtomicReference<>();
        long start = System.nanoTime();
        ExecutorService senders = submitAll(variants, tracks, settings, start, failure);
        long lastSubmission = 0;
        while (true) {
            Tally tally = tally(tracks);
            progress.accept(new Progress(tally.submitted, tally.done, tracks.length(), tally.waiting, search.lastError()));
            if (senders.isTerminated() && lastSubmission == 0) {
                lastSubmission = System.nanoTime();
            }
            if (failure.get() != null) {
                senders.shutdownNow();
                throw new IllegalStateException(failure.get());
            }
            if (lastSubmission != 0 && (tally.waiting == 0 || System.nanoTime() - lastSubmission > settings.timeout().toNanos())) {
                break;
            }
            Thread.sleep(100);
        }
        return results(settings, tracks, start);
    }

    /**
     * {@code concurrency} senders take the next disclosure, wait for its turn when a rate is set (each is due at
     * start + index / rate, so a late one goes at once), and submit it. A refused key stops the run.
     */
    private ExecutorService submitAll(List<VariantGenerator.Variant> variants, AtomicReferenceArray<Track> tracks, Settings settings, long start,
                                      AtomicReference<String> failure) {
        long giveUp = start + TimeUnit.SECONDS.toNanos(Math.max(60, (long) (settings.documents() / Math.max(1, settings.rate()))))
                + settings.timeout().toNanos();
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(settings.concurrency());
        for (int s = 0; s < settings.concurrency(); s++) {
            senders.execute(() -> {
                for (int i = next.getAndIncrement(); i < variants.size() && failure.get() == null; i = next.getAndIncrement()) {
                    VariantGenerator.Variant variant = variants.get(i);
                    long wait = settings.rate() > 0 ? start + (long) (i * 1e9 / settings.rate()) - System.nanoTime() : 0;
                    if (wait > 0) {
                        try {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    Track track = new Track(variant, System.nanoTime());
                    tracks.set(i, track);
                    try {
                        track.submission = ingest.submit(variant.fileName(), variant.content(), giveUp);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (track.submission.status() == 401 || track.submission.status() == 403) {
                        failure.compareAndSet(null, "The ingest API refused the key (" + track.submission.status() + "): "
                                + track.submission.message() + " — pass --api-key or --api-key-file");
                    }
                }
            });
        }
        senders.shutdown();
        return senders;
    }

    /** Progress: submitted, ended and found, of all; still awaited; the last trouble asking the projection, if any. */
    public record Progress(int submitted, int done, int total, int waiting, String searchTrouble) {
    }

    private record Tally(int submitted, int done, int waiting) {
    }

    private Tally tally(AtomicReferenceArray<Track> tracks) {
        int submitted = 0;
        int done = 0;
        int waiting = 0;
        for (int i = 0; i < tracks.length(); i++) {
            Track track = tracks.get(i);
            IngestSubmitter.Submission submission = track == null ? null : track.submission;
            if (submission == null) {
                continue;
            }
            submitted++;
            if (!submission.acceptedNew()) {
                done++; // refused, or accepted before: nothing of it will follow on the topics
                continue;
            }
            OutcomeFollower.Outcome outcome = outcomes.outcome(submission.documentId());
            if (outcome != null) {
                search.await(submission.documentId());
            }
            if (outcome != null && search.searchableAt(submission.documentId()) != null) {
                done++;
            } else {
                waiting++;
            }
        }
        return new Tally(submitted, done, waiting);
    }

    private Map<String, Object> results(Settings settings, AtomicReferenceArray<Track> tracks, long start) {
        Latencies toAccepted = new Latencies();
        Latencies toReport = new Latencies();
        Latencies reportToSearchable = new Latencies();
        Latencies toSearchable = new Latencies();
        Map<String, Integer> refusals = new TreeMap<>();
        Map<String, Integer> outcomesByStatus = new TreeMap<>();
        int accepted = 0;
        int duplicates = 0;
        int ended = 0;
        int found = 0;
        int multipleOutcomes = 0;
        int injected = 0;
        int injectedFound = 0;
        int cleanChanged = 0;
        long lastAccepted = start;
        long lastReport = start;
        long lastFound = start;
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < tracks.length(); i++) {
            Track track = tracks.get(i);
            IngestSubmitter.Submission submission = track == null ? null : track.submission;
            if (submission == null) {
                continue;
            }
            if (!submission.accepted()) {
                refusals.merge(submission.status() == 0 ? "unreachable" : Integer.toString(submission.status()), 1, Integer::sum);
                continue;
            }
            accepted++;
            toAccepted.add(submission.acceptedNanos() - track.sent);
            lastAccepted = Math.max(lastAccepted, submission.acceptedNanos());
            if (!submission.acceptedNew()) {
                duplicates++;
                continue;
            }
            OutcomeFollower.Outcome outcome = outcomes.outcome(submission.documentId());
            if (outcome == null) {
                lost.add(submission.documentId());
                continue;
            }
            ended++;
            multipleOutcomes += outcome.records() > 1 ? 1 : 0;
            String status = outcome.status() != null ? outcome.status().name() : "REJECTED " + outcome.rejectionReason();
            outcomesByStatus.merge(status, 1, Integer::sum);
            if (track.injectedError) {
                injected++;
                injectedFound += outcome.errors() > track.baseErrors ? 1 : 0;
            } else if (outcome.status() != null && outcome.errors() != track.baseErrors) {
                cleanChanged++;
            }
            toReport.add(outcome.seenNanos() - submission.acceptedNanos());
            lastReport = Math.max(lastReport, outcome.seenNanos());
            Long searchable = search.searchableAt(submission.documentId());
            if (searchable != null) {
                found++;
                reportToSearchable.add(searchable - outcome.seenNanos());
                toSearchable.add(searchable - submission.acceptedNanos());
                lastFound = Math.max(lastFound, searchable);
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("documents", settings.documents());
        counts.put("accepted", accepted);
        counts.put("acceptedBefore", duplicates);
        counts.put("refused", refusals);
        counts.put("retriedAfter429", ingest.tooManyRequests.get());
        counts.put("retriedAfter503", ingest.unavailable.get());
        counts.put("reconnects", ingest.reconnects.get());
        counts.put("ended", ended);
        counts.put("outcomes", outcomesByStatus);
        counts.put("moreThanOneOutcome", multipleOutcomes);
        counts.put("searchable", found);
        counts.put("notSearchable", ended - found);
        counts.put("lost", lost.size());
        counts.put("lostDocumentIds", lost.stream().limit(20).toList());
        counts.put("injectedErrors", injected);
        counts.put("injectedErrorsFound", injectedFound);
        counts.put("cleanWithOtherErrorsThanTheirBase", cleanChanged);

        Map<String, Object> throughput = new LinkedHashMap<>();
        throughput.put("acceptedPerSecond", Figures.perSecond(accepted, lastAccepted - start));
        throughput.put("reportedPerSecond", Figures.perSecond(ended, lastReport - start));
        throughput.put("searchablePerSecond", Figures.perSecond(found, lastFound - start));

        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("submittedToAccepted", toAccepted.summary());
        latency.put("acceptedToReportCommitted", toReport.summary());
        latency.put("reportCommittedToSearchable", reportToSearchable.summary());
        latency.put("acceptedToSearchable", toSearchable.summary());

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("counts", counts);
        result.put("throughput", throughput);
        result.put("latencyMs", latency);
        result.put("elapsedSeconds", Figures.seconds(System.nanoTime() - start));
        result.put("searchableResolutionMs", SearchableProbe.INTERVAL.toMillis());
        return result;
    }

}
