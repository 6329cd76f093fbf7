package org.budgetwatch.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.events.tables.TablesEventMapper;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.schemas.claimcheck.ContentStore;
import org.junit.jupiter.api.Test;

/** Every raw document ends in exactly one outcome; one whose tables would not fit in a record ends rejected. */
class ExtractionFunctionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Path ATTEMPTS = Path.of("target", "extractor-attempts");

    @Test
    void shouldPublishTheTablesOfADocumentThatFitsInARecord() throws Exception {
        ExtractionOutcome outcome = function(2_000_000).apply(raw("beijing-dongcheng-medical-security-2024-budget.txt"));

        int read = tablesReadByTheLibrary("beijing-dongcheng-medical-security-2024-budget.txt");
        assertThat(outcome.event()).isInstanceOfSatisfying(DocumentTables.class, tables -> {
            assertThat(tables.getTables()).as("every table the library reads, none lost on the way to the event").hasSize(read);
            assertThat(tables.getTables().stream().map(t -> t.getTitle().substring(0, 5)).distinct())
                    .as("the fourteen numbered tables of the disclosure, 预算01表 to 预算14表")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(n -> String.format("预算%02d表", n)).toList());
        });
    }

    @Test
    void shouldRejectADocumentWhoseTablesWouldNotFitInARecord() throws Exception {
        ExtractionOutcome outcome = function(10_000).apply(raw("beijing-dongcheng-medical-security-2024-budget.txt"));

        assertThat(outcome.event()).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.TOO_LARGE);
            assertThat(rejection.getMessage()).contains("more than the 10000 one event may carry");
        });
    }

    @Test
    void shouldRejectADocumentWhoseTablesCannotBeMappedWithAnInternalError() throws Exception {
        TablesEventMapper failing = new TablesEventMapper() {
            @Override
            public DocumentTables toEvent(RawDocument raw, ExtractedDocument document, Instant now) {
                throw new IllegalStateException("a row without cells");
            }
        };

        ExtractionOutcome outcome = function(failing, 2_000_000).apply(raw("beijing-dongcheng-medical-security-2024-budget.txt"));

        assertThat(outcome.event()).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.INTERNAL_ERROR);
            assertThat(rejection.getMessage()).contains("IllegalStateException");
        });
    }

    @Test
    void shouldRejectADocumentWhoseReadingOutlastsTheTimeoutAndLetItsWorkerGo() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ExtractionFunction impatient = new ExtractionFunction(new DisclosureExtractor(ExtractionLimits.defaults().withMaxTime(Duration.ZERO)),
                new TablesEventMapper(), new ContentStore(Path.of("target", "no-content")), CLOCK,
                new ExtractorSettings(50L * 1024 * 1024, Duration.ofMillis(1), 2_000_000, null, ATTEMPTS, 2), meters);
        byte[] html = ("<html><body><p>金额单位：万元</p><table>" + "<tr><td>项目</td><td>1.00</td></tr>".repeat(20_000) + "</table></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Object outcome = impatient.apply(raw("html-doc", "big.html", html)).event();

        assertThat(outcome).isInstanceOfSatisfying(Rejection.class, rejection -> assertThat(rejection.getReason()).isEqualTo(RejectionReason.TIMEOUT));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> meters.get("budgetwatch.extraction.abandoned").gauge().value() == 0);
    }

    @Test
    void shouldRejectADocumentWhoseExtractionBroughtTheExtractorDownTwiceInsteadOfReadingItAgain(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        RawDocument poison = raw("beijing-dongcheng-medical-security-2024-budget.txt");
        ExtractionAttempts earlier = new ExtractionAttempts(dir, 2);
        earlier.begin(poison.getDocumentId()); // the extractor died while reading it…
        earlier.begin(poison.getDocumentId()); // …and again after its restart
        ExtractionFunction restarted = new ExtractionFunction(new DisclosureExtractor(ExtractionLimits.defaults()), new TablesEventMapper(),
                new ContentStore(Path.of("target", "no-content")), CLOCK,
                new ExtractorSettings(50L * 1024 * 1024, Duration.ofSeconds(60), 2_000_000, null, dir, 2), new SimpleMeterRegistry());

        Object outcome = restarted.apply(poison).event();

        assertThat(outcome).isInstanceOfSatisfying(Rejection.class, rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.INTERNAL_ERROR);
            assertThat(rejection.getMessage()).contains("stopped 2 times");
        });
        assertThat(restarted.apply(poison).event()).as("the marker went with the outcome").isInstanceOf(DocumentTables.class);
    }

    @Test
    void shouldReadADocumentAgainAfterOneExtractionOfItNeverFinished(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        RawDocument document = raw("beijing-dongcheng-medical-security-2024-budget.txt");
        new ExtractionAttempts(dir, 2).begin(document.getDocumentId());
        ExtractionFunction restarted = new ExtractionFunction(new DisclosureExtractor(ExtractionLimits.defaults()), new TablesEventMapper(),
                new ContentStore(Path.of("target", "no-content")), CLOCK,
                new ExtractorSettings(50L * 1024 * 1024, Duration.ofSeconds(60), 2_000_000, null, dir, 2), new SimpleMeterRegistry());

        assertThat(restarted.apply(document).event()).isInstanceOf(DocumentTables.class);
    }

    private static int tablesReadByTheLibrary(String file) throws Exception {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(Files.readAllBytes(Path.of("../../corpus", file)), "text/plain");
        return ((ExtractionResult.Extracted) result).document().tables().size();
    }

    private static ExtractionFunction function(long maxEventBytes) {
        return function(new TablesEventMapper(), maxEventBytes);
    }

    private static ExtractionFunction function(TablesEventMapper mapper, long maxEventBytes) {
        return new ExtractionFunction(new DisclosureExtractor(ExtractionLimits.defaults()), mapper, new ContentStore(Path.of("target", "no-content")),
                CLOCK, new ExtractorSettings(50L * 1024 * 1024, Duration.ofSeconds(60), maxEventBytes, null, ATTEMPTS, 2), new SimpleMeterRegistry());
    }

    private static RawDocument raw(String id, String file, byte[] content) {
        return RawDocument.newBuilder().setDocumentId(id).setFileName(file).setMediaType("text/html").setSizeBytes(content.length)
                .setContent(ByteBuffer.wrap(content)).setChannel(SubmissionChannel.CLI).setFirstSeen(CLOCK.instant()).build();
    }

    private static RawDocument raw(String file) throws Exception {
        byte[] content = Files.readAllBytes(Path.of("../../corpus", file));
        return RawDocument.newBuilder().setDocumentId("doc-1").setFileName(file).setMediaType("text/plain").setSizeBytes(content.length)
                .setContent(ByteBuffer.wrap(content)).setChannel(SubmissionChannel.CLI).setFirstSeen(CLOCK.instant()).build();
    }
}
