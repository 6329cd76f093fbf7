package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.IndexFields.DOCUMENT_ID;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * Commit and rebuild: writes views into the Lucene index and commits them with the consumer positions they correspond
 * to, in the commit's user data. An index of another layout ({@link #FORMAT}), or none, is emptied when opened and its
 * positions forgotten, so that the consumers read the topics from their beginning and rebuild it.
 */
final class IndexCommits implements Closeable {

    /** Layout version; an index written with another is emptied and rebuilt from the topics. */
    static final String FORMAT = "10";
    private static final String FORMAT_KEY = "format";
    private static final String POSITION_PREFIX = "position:";
    private static final int INDEXING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final IndexWriter writer;
    private final ConcurrentMergeScheduler merges = mergesAtFullSpeed();
    private final DisclosureIndexer indexer;
    private final ExecutorService indexers = Executors.newFixedThreadPool(INDEXING_THREADS, r -> {
        Thread thread = new Thread(r, "read-model-index");
        thread.setDaemon(true);
        return thread;
    });
    /** The positions the index was opened with. */
    private final Map<String, Long> openedAt = new HashMap<>();

    IndexCommits(Directory directory, Analyzer analyzer, DisclosureIndexer indexer) throws IOException {
        this.indexer = indexer;
        Map<String, String> committed = DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128).setMergeScheduler(merges));
        if (FORMAT.equals(committed.get(FORMAT_KEY))) {
            committed.forEach((key, value) -> {
                if (key.startsWith(POSITION_PREFIX)) {
                    openedAt.put(key.substring(POSITION_PREFIX.length()), Long.parseLong(value));
                }
            });
        } else {
            writer.deleteAll(); // another layout (or none): rebuilt from the topics, from their beginning
        }
        commit(List.of(), openedAt);
    }

    /** The next offset to consume per topic:partition, as the index's last commit recorded them when it was opened. */
    Map<String, Long> positions() {
        return Map.copyOf(openedAt);
    }

    IndexWriter writer() {
        return writer;
    }

    /** Replaces the views' entries and commits them together with the positions. */
    void commit(Collection<DisclosureView> views, Map<String, Long> positions) throws IOException {
        indexAll(views);
        Map<String, String> data = new LinkedHashMap<>();
        data.put(FORMAT_KEY, FORMAT);
        positions.forEach((key, offset) -> data.put(POSITION_PREFIX + key, Long.toString(offset)));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /**
     * Writes the views' entries, on as many threads as there are cores (IndexWriter indexes concurrently), and then
     * writes the segments out on as many threads, so that the commit only has to record them.
     */
    private void indexAll(Collection<DisclosureView> views) throws IOException {
        if (views.size() < 8) {
            for (DisclosureView view : views) {
                writer.updateDocuments(new Term(DOCUMENT_ID, view.documentId), indexer.entries(view));
            }
            return;
        }
        List<Future<?>> work = new ArrayList<>();
        for (DisclosureView view : views) {
            work.add(indexers.submit(() -> {
                writer.updateDocuments(new Term(DOCUMENT_ID, view.documentId), indexer.entries(view));
                return null;
            }));
        }
        await(work);
        List<Future<?>> flushes = new ArrayList<>();
        for (int thread = 0; thread < INDEXING_THREADS; thread++) {
            flushes.add(indexers.submit(() -> {
                while (writer.flushNextBuffer()) {
                    // each thread writes out one in-memory segment after another
                }
                return null;
            }));
        }
        await(flushes);
    }

    private static void await(List<Future<?>> work) throws IOException {
        try {
            for (Future<?> future : work) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Deletes every entry; the deletion is committed with the next commit. */
    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges run at the disk's speed: Lucene's default throttle protects searches from merge I/O on spinning disks,
     * while this index is small, CPU-bound and better off with few segments soon.
     */
    private static ConcurrentMergeScheduler mergesAtFullSpeed() {
        ConcurrentMergeScheduler scheduler = new ConcurrentMergeScheduler();
        scheduler.disableAutoIOThrottle();
        return scheduler;
    }

    /** Waits until the segment merges that are running or due have ended (bulk loads and benchmarks). */
    void awaitMerges() {
        try {
            writer.maybeMerge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        merges.sync();
    }

    @Override
    public void close() throws IOException {
        indexers.shutdownNow();
        writer.close();
    }
}
