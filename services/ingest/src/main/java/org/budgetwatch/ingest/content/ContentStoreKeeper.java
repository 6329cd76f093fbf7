package org.budgetwatch.ingest.content;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.budgetwatch.ingest.IngestSettings;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.budgetwatch.schemas.DocumentState;
import org.budgetwatch.schemas.claimcheck.ContentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the content store from filling the disk: a claim-checked document is stored only while the store stays under
 * its size and leaves the disk its free space (otherwise it is refused, 507), and the content of documents that were
 * rejected is deleted once it is older than the retention (a rejected document is not read again; its rejection stays
 * on its topic). Content of documents that were read is kept: it is the archive.
 */
public class ContentStoreKeeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContentStoreKeeper.class);

    private final ContentStore store;
    private final DisclosureLedger ledger;
    private final IngestSettings settings;
    private final Clock clock;
    private final AtomicLong used = new AtomicLong();
    private ScheduledExecutorService sweeper;
    private volatile boolean running;

    public ContentStoreKeeper(ContentStore store, DisclosureLedger ledger, IngestSettings settings, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores a document's content when there is room for it.
     *
     * @throws ContentStoreFullException when the store would pass its size, or the disk its free space
     */
    public synchronized URI put(String documentId, byte[] content) {
        if (!store.contains(documentId)) {
            long after = used.get() + content.length;
            if (after > settings.contentStoreMaxSize().toBytes()) {
                throw new ContentStoreFullException("The content store is full (" + settings.contentStoreMaxSize().toMegabytes()
                        + " MB); large documents cannot be taken until room is made");
            }
            if (store.usableSpace() - content.length < settings.contentStoreMinFree().toBytes()) {
                throw new ContentStoreFullException("The disk of the content store is nearly full; large documents cannot be taken now");
            }
            used.addAndGet(content.length);
        }
        return store.put(documentId, content);
    }

    /** Bytes the store holds. */
    public long used() {
        return used.get();
    }

    /** Deletes the content of documents rejected and stored longer ago than the retention; returns how many. */
    public synchronized int sweep() {
        Instant before = clock.instant().minus(settings.rejectedContentRetention());
        int deleted = 0;
        for (ContentStore.Stored stored : store.list()) {
            boolean rejected = ledger.status(stored.documentId()).map(s -> s.state() == DocumentState.REJECTED).orElse(false);
            if (rejected && stored.storedAt().isBefore(before) && store.delete(stored.documentId())) {
                used.addAndGet(-stored.size());
                deleted++;
            }
        }
        if (deleted > 0) {
            log.info("Deleted the stored content of {} rejected documents older than {}", deleted, settings.rejectedContentRetention());
        }
        return deleted;
    }

    @Override
    public void start() {
        used.set(store.list().stream().mapToLong(ContentStore.Stored::size).sum());
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "content-store-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.contentSweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweepLogged, every, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    private void sweepLogged() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Could not sweep the content store", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the ledger, which tells which documents were rejected. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 200;
    }
}
