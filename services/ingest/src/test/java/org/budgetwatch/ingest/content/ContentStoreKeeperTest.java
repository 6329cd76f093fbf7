package org.budgetwatch.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.budgetwatch.ingest.IngestSettings;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.budgetwatch.ingest.ledger.DisclosureStatus;
import org.budgetwatch.schemas.DocumentState;
import org.budgetwatch.schemas.claimcheck.ContentStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The content store cannot be filled by a flood, and what was rejected does not stay in it for ever. */
class ContentStoreKeeperTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path root;
    private final DisclosureLedger ledger = mock(DisclosureLedger.class);
    private ContentStore store;

    @BeforeEach
    void setUp() {
        store = new ContentStore(root);
        when(ledger.status(any())).thenReturn(Optional.empty());
    }

    @Test
    void shouldRefuseContentThatWouldTakeTheStorePastItsSize() {
        ContentStoreKeeper keeper = keeper(DataSize.ofKilobytes(10), DataSize.ofBytes(0));
        keeper.start();
        try {
            keeper.put(id("one"), new byte[6 * 1024]);

            assertThatThrownBy(() -> keeper.put(id("two"), new byte[6 * 1024])).isInstanceOf(ContentStoreFullException.class)
                    .hasMessageContaining("full");
            assertThat(store.contains(id("two"))).isFalse();
            // the same content again takes no more room
            keeper.put(id("one"), new byte[6 * 1024]);
        } finally {
            keeper.stop();
        }
    }

    @Test
    void shouldRefuseContentThatWouldLeaveTheDiskLessThanItsFreeSpace() {
        ContentStoreKeeper keeper = keeper(DataSize.ofTerabytes(1), DataSize.ofTerabytes(1_000));

        assertThatThrownBy(() -> keeper.put(id("one"), new byte[1024])).isInstanceOf(ContentStoreFullException.class)
                .hasMessageContaining("disk");
    }

    @Test
    void shouldCountWhatTheStoreHeldBeforeAStart() {
        store.put(id("kept"), new byte[4096]);
        ContentStoreKeeper keeper = keeper(DataSize.ofKilobytes(6), DataSize.ofBytes(0));
        keeper.start();
        try {
            assertThat(keeper.used()).isEqualTo(4096);
            assertThatThrownBy(() -> keeper.put(id("more"), new byte[4096])).isInstanceOf(ContentStoreFullException.class);
        } finally {
            keeper.stop();
        }
    }

    @Test
    void shouldDeleteTheContentOfDocumentsRejectedLongerAgoThanTheRetentionAndKeepTheRest() throws Exception {
        ContentStoreKeeper keeper = keeper(DataSize.ofGigabytes(1), DataSize.ofBytes(0));
        stored("rejected-long-ago", DocumentState.REJECTED, NOW.minus(Duration.ofDays(8)));
        stored("rejected-yesterday", DocumentState.REJECTED, NOW.minus(Duration.ofDays(1)));
        stored("validated-long-ago", DocumentState.VALIDATED, NOW.minus(Duration.ofDays(30)));
        stored("in-flight-long-ago", DocumentState.RECEIVED, NOW.minus(Duration.ofDays(30)));

        assertThat(keeper.sweep()).isEqualTo(1);

        assertThat(store.contains(id("rejected-long-ago"))).isFalse();
        assertThat(store.contains(id("rejected-yesterday"))).isTrue();
        assertThat(store.contains(id("validated-long-ago"))).isTrue();
        assertThat(store.contains(id("in-flight-long-ago"))).isTrue();
    }

    private void stored(String name, DocumentState state, Instant storedAt) throws Exception {
        String id = id(name);
        store.put(id, name.getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(root.resolve(id.substring(0, 2)).resolve(id), FileTime.from(storedAt));
        when(ledger.status(id)).thenReturn(Optional.of(new DisclosureStatus(id, state, name, storedAt, null, null, null, null, null, null,
                null, null, null)));
    }

    private ContentStoreKeeper keeper(DataSize maxSize, DataSize minFree) {
        IngestSettings settings = new IngestSettings(null, null, root, null, 0, maxSize, minFree, Duration.ofDays(7), Duration.ofHours(1));
        return new ContentStoreKeeper(store, ledger, settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String id(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
