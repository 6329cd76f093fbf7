package org.budgetwatch.readmodel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the read model has projected and not yet committed, under its own lock: the changed views, the disclosures
 * waiting for their report, and the position of every consumed partition. A commit takes a batch of views with the
 * positions they correspond to ({@link #take}); events go on being projected into the next batch meanwhile.
 */
final class PendingChanges {

    /** Next offset to consume per topic:partition, committed or about to be. */
    private final Map<String, Long> positions = new HashMap<>();
    /**
     * Views changed since the last commit began, written to the index at the next: a disclosure's tables and its
     * report usually arrive within one commit interval and are then indexed once.
     */
    private Map<String, DisclosureView> uncommitted = new LinkedHashMap<>();
    /**
     * Disclosures whose tables were consumed and whose report has not come yet, by document id: they wait among the
     * uncommitted views for up to {@code reportWait}, so that a disclosure is indexed once, with its report, instead of
     * once without and again with it. Until a waiting disclosure is indexed, the position recorded for its tables
     * partition stays at its tables event, so that a crash replays the event instead of losing it.
     */
    private final Map<String, Waiting> waiting = new HashMap<>();
    /** The views of the commit being written, until searches see them; never changed (a later event changes a copy). */
    private Map<String, DisclosureView> committing = Map.of();
    /** The positions of the last commit, so that a commit with nothing new is not written; null after a rebuild. */
    private Map<String, Long> lastCommitted;
    private int pending;
    private final long reportWaitNanos;
    private final int commitEvery;
    /** A disclosure's view as the index holds it, for the first event of a disclosure since its last commit. */
    private final Function<String, Optional<DisclosureView>> committedView;

    /**
     * @param committedPositions the positions of the index's last commit
     * @param reportWaitNanos    how long a disclosure whose tables were consumed may wait for its report (0: never)
     */
    PendingChanges(Map<String, Long> committedPositions, long reportWaitNanos, int commitEvery,
                   Function<String, Optional<DisclosureView>> committedView) {
        this.positions.putAll(committedPositions);
        this.lastCommitted = Map.copyOf(committedPositions);
        this.reportWaitNanos = reportWaitNanos;
        this.commitEvery = commitEvery;
        this.committedView = committedView;
    }

    /** A disclosure waiting for its report: the partition and offset of its tables event, and since when it waits. */
    private record Waiting(String partition, long offset, long since) {
    }

    /** The views and positions of one commit. */
    record Batch(Map<String, DisclosureView> views, Map<String, Long> positions) {
    }

    /** @return false when the event is at or before its partition's recorded position: applied already */
    synchronized boolean project(String documentId, Object event, String topic, int partition, long offset) {
        String key = topic + ":" + partition;
        Long next = positions.get(key);
        if (next != null && offset < next) {
            return false;
        }
        apply(documentId, event);
        positions.put(key, offset + 1);
        if (reportWaitNanos > 0 && uncommitted.get(documentId).awaitingReport()) {
            waiting.putIfAbsent(documentId, new Waiting(key, offset, System.nanoTime()));
        }
        return true;
    }

    synchronized void project(String documentId, Object event) {
        apply(documentId, event);
    }

    private void apply(String documentId, Object event) {
        DisclosureView view = find(documentId).map(v -> committing.get(documentId) == v ? v.copy() : v).orElseGet(DisclosureView::new);
        view.documentId = documentId;
        DisclosureProjector.apply(view, event);
        pend(view);
    }

    /** Keeps a changed view for the next commit. */
    synchronized void pend(DisclosureView view) {
        uncommitted.put(view.documentId, view);
        pending++;
    }

    /** Changes since the last commit began. */
    synchronized int pending() {
        return pending;
    }

    synchronized Optional<Long> position(String key) {
        return Optional.ofNullable(positions.get(key));
    }

    /** The disclosure's latest view: changed and not yet committed, being committed, or as the index holds it. */
    synchronized Optional<DisclosureView> find(String documentId) {
        DisclosureView changed = uncommitted.get(documentId);
        if (changed == null) {
            changed = committing.get(documentId);
        }
        return changed != null ? Optional.of(changed) : committedView.apply(documentId);
    }

    /**
     * The views to commit now and the positions they bring the consumers to; disclosures still waiting for their report
     * stay for a later commit, the positions of their tables partitions held at their tables events.
     *
     * @param closing the last commit: nothing waits any longer
     * @return null when there is nothing new to commit
     */
    synchronized Batch take(boolean closing) {
        if (pending == 0) {
            return null;
        }
        Map<String, DisclosureView> views = new LinkedHashMap<>();
        Map<String, DisclosureView> stillWaiting = new LinkedHashMap<>();
        Map<String, Long> recorded = new HashMap<>(positions);
        long now = System.nanoTime();
        for (DisclosureView view : uncommitted.values()) {
            Waiting wait = waiting.get(view.documentId);
            if (wait != null && !closing && view.awaitingReport() && now - wait.since() < reportWaitNanos && stillWaiting.size() < commitEvery) {
                stillWaiting.put(view.documentId, view);
                recorded.merge(wait.partition(), wait.offset(), Math::min);
            } else {
                views.put(view.documentId, view);
                waiting.remove(view.documentId);
            }
        }
        pending = stillWaiting.size(); // the events counted so far, bar those of the waiting views, go into this commit
        if (views.isEmpty() && recorded.equals(lastCommitted)) {
            return null; // only disclosures still waiting for their report: nothing new to commit
        }
        committing = views;
        uncommitted = stillWaiting;
        return new Batch(views, recorded);
    }

    /** The batch is committed and searchable. */
    synchronized void committed(Batch batch) {
        lastCommitted = batch.positions();
        committing = Map.of();
    }

    /** The batch could not be committed: its views return to the pending ones, behind any newer view of the same disclosure. */
    synchronized void failed(Batch batch) {
        Map<String, DisclosureView> retry = new LinkedHashMap<>(batch.views());
        retry.putAll(uncommitted);
        uncommitted = retry;
        pending += batch.views().size();
        committing = Map.of();
    }

    /** Forgets every change and position, running {@code emptyIndex} under the same lock so that no event slips between. */
    synchronized void clear(Runnable emptyIndex) {
        emptyIndex.run();
        positions.clear();
        uncommitted.clear();
        waiting.clear();
        lastCommitted = null; // the deletion is new even when the positions were empty already
        pending = 1;
    }
}
