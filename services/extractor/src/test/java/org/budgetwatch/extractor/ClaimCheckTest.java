package org.budgetwatch.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.events.tables.TablesEventMapper;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.schemas.claimcheck.ContentStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whoever can write to disclosures.raw.v1 can put any URI in a claim check. The extractor reads only its content
 * store's own place of the document, and ends every other reference in a rejection with the reason.
 */
class ClaimCheckTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    private Path root;
    private ContentStore store;
    private byte[] disclosure;
    private String id;

    @BeforeEach
    void storeADisclosure() throws Exception {
        root = data.resolve("content");
        store = new ContentStore(root);
        disclosure = Files.readAllBytes(Path.of("../../corpus/beijing-dongcheng-medical-security-2024-budget.txt"));
        id = sha256(disclosure);
        store.put(id, disclosure);
    }

    @Test
    void shouldReadTheContentStoresOwnPlaceOfTheDocument() {
        Object outcome = function(50L * 1024 * 1024).apply(claimChecked(id, root.resolve(id.substring(0, 2)).resolve(id).toUri().toString())).event();

        assertThat(outcome).isInstanceOf(DocumentTables.class);
    }

    @Test
    void shouldReadTheDocumentFromItsOwnStoreWhereverTheStoreWasMountedForIngest() {
        Object outcome = function(50L * 1024 * 1024).apply(claimChecked(id, "file:///mnt/ingest/content/" + id.substring(0, 2) + "/" + id)).event();

        assertThat(outcome).isInstanceOf(DocumentTables.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file:///etc/passwd", "file:///dev/zero", "file:///proc/self/environ", "http://169.254.169.254/latest/meta-data/",
            "https://example.org/disclosure.pdf", "jar:file:/tmp/x.jar!/secret", "ftp://example.org/x", "file://attacker.example/share/x",
            "/etc/passwd", "not a uri at all", "file:///etc/passwd?x=/ab/ID", "file:///etc/passwd#/ab/ID"})
    void shouldRefuseAReferenceThatDoesNotNameTheDocumentsPlaceInTheStore(String reference) {
        Rejection rejection = rejected(function(50L * 1024 * 1024).apply(claimChecked(id, reference.replace("ID", id))));

        assertThat(rejection.getReason()).isEqualTo(RejectionReason.CONTENT_MISSING);
        assertThat(rejection.getMessage()).contains("was refused");
    }

    @Test
    void shouldNeverLeaveTheStoreThroughDotSegments() throws Exception {
        Path outside = data.resolve("outside").resolve(id.substring(0, 2)).resolve(id);
        Files.createDirectories(outside.getParent());
        Files.write(outside, disclosure);
        Files.delete(root.resolve(id.substring(0, 2)).resolve(id));

        Rejection viaDots = rejected(function(50L * 1024 * 1024).apply(claimChecked(id,
                "file://" + root + "/../outside/" + id.substring(0, 2) + "/" + id)));
        Rejection elsewhere = rejected(function(50L * 1024 * 1024).apply(claimChecked(id, outside.toUri().toString())));

        assertThat(viaDots.getReason()).isEqualTo(RejectionReason.CONTENT_MISSING);
        assertThat(elsewhere.getReason()).isEqualTo(RejectionReason.CONTENT_MISSING);
        assertThat(elsewhere.getMessage()).contains("no longer in the content store");
    }

    @Test
    void shouldNotFollowASymbolicLinkOutOfTheStore() throws Exception {
        Path place = root.resolve(id.substring(0, 2)).resolve(id);
        Path secret = data.resolve("secret.txt");
        Files.write(secret, disclosure);
        Files.delete(place);
        Files.createSymbolicLink(place, secret);

        Rejection rejection = rejected(function(50L * 1024 * 1024).apply(claimChecked(id, place.toUri().toString())));

        assertThat(rejection.getReason()).isEqualTo(RejectionReason.CONTENT_MISSING);
        assertThat(rejection.getMessage()).contains("not a regular file");
    }

    @Test
    void shouldRefuseContentThatIsNotTheDocumentItsIdNames() throws Exception {
        Files.writeString(root.resolve(id.substring(0, 2)).resolve(id), "其他内容", StandardCharsets.UTF_8);

        Rejection rejection = rejected(function(50L * 1024 * 1024).apply(claimChecked(id, root.resolve(id.substring(0, 2)).resolve(id).toUri().toString())));

        assertThat(rejection.getReason()).isEqualTo(RejectionReason.CONTENT_MISSING);
        assertThat(rejection.getMessage()).contains("SHA-256 differs");
    }

    @Test
    void shouldRefuseStoredContentLargerThanTheLimitWithoutReadingIt() {
        Rejection rejection = rejected(function(1024).apply(claimChecked(id, root.resolve(id.substring(0, 2)).resolve(id).toUri().toString())));

        assertThat(rejection.getReason()).isEqualTo(RejectionReason.TOO_LARGE);
    }

    @Test
    void shouldRefuseAnIdThatIsNoSha256BeforeUsingItAsAPath() {
        Rejection rejection = rejected(function(50L * 1024 * 1024).apply(claimChecked("../../../etc", "file:///x/../../../etc/passwd")));

        assertThat(rejection.getReason()).isEqualTo(RejectionReason.CONTENT_MISSING);
    }

    private static Rejection rejected(ExtractionOutcome outcome) {
        assertThat(outcome).isInstanceOf(ExtractionOutcome.Rejected.class);
        return ((ExtractionOutcome.Rejected) outcome).rejection();
    }

    private ExtractionFunction function(long maxDocumentBytes) {
        return new ExtractionFunction(new DisclosureExtractor(ExtractionLimits.defaults()), new TablesEventMapper(), store, CLOCK,
                new ExtractorSettings(maxDocumentBytes, Duration.ofSeconds(60), 2_000_000, root, data.resolve("attempts"), 2), new SimpleMeterRegistry());
    }

    private static RawDocument claimChecked(String id, String reference) {
        return RawDocument.newBuilder().setDocumentId(id).setFileName("claim-checked.txt").setMediaType("text/plain").setSizeBytes(1)
                .setContentRef(reference).setChannel(SubmissionChannel.HTTP).setFirstSeen(CLOCK.instant()).build();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
