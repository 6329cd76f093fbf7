package org.budgetwatch.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.ingest.IngestSettings;
import org.budgetwatch.ingest.content.ContentStoreKeeper;
import org.budgetwatch.ingest.ledger.DisclosureLedger;
import org.budgetwatch.schemas.claimcheck.ContentStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;
import org.springframework.util.unit.DataSize;

class SubmissionServiceTest {

    private static final byte[] TEXT = "2024 年北京市东城区医疗保障局\n部门预算\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path contentDir;
    private final StreamBridge output = mock(StreamBridge.class);
    private final DisclosureLedger ledger = mock(DisclosureLedger.class);
    private SubmissionService service;

    @BeforeEach
    void setUp() {
        IngestSettings settings = new IngestSettings(DataSize.ofKilobytes(64), DataSize.ofBytes(40), contentDir, null, 0, null, null, null, null);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        service = new SubmissionService(ledger, output, new ContentStoreKeeper(new ContentStore(contentDir), ledger, settings, clock), settings, clock);
        when(output.send(any(), any())).thenReturn(true);
    }

    @Test
    void shouldPublishNewContentOnceUnderItsSha256() {
        when(ledger.claim(any(), any(), any())).thenReturn(true);

        Acceptance acceptance = service.accept(submission(TEXT));

        assertThat(acceptance.isNew()).isTrue();
        assertThat(acceptance.documentId()).hasSize(64).isEqualTo(SubmissionService.sha256(TEXT));
        RawDocument raw = publishedRaw();
        assertThat(raw.getDocumentId()).isEqualTo(acceptance.documentId());
        assertThat(raw.getMediaType()).isEqualTo("text/plain");
        assertThat(raw.getHints().getFiscalYear()).isEqualTo(2024);
        assertThat(raw.getChannel()).isEqualTo(SubmissionChannel.HTTP);
    }

    @Test
    void shouldAnswerTheSameIdWithoutPublishingForKnownContent() {
        when(ledger.claim(any(), any(), any())).thenReturn(false);

        Acceptance acceptance = service.accept(submission(TEXT));

        assertThat(acceptance.isNew()).isFalse();
        verify(output, never()).send(any(), any());
    }

    @Test
    void shouldSendLargeContentByClaimCheck() {
        when(ledger.claim(any(), any(), any())).thenReturn(true);
        byte[] large = new byte[1000];
        java.util.Arrays.fill(large, (byte) 'a');

        service.accept(submission(large));

        RawDocument raw = publishedRaw();
        assertThat(raw.getContent()).isNull();
        assertThat(new ContentStore(contentDir).read(raw.getDocumentId(), raw.getContentRef(), large.length)).isEqualTo(large);
    }

    @Test
    void shouldRefuseEmptyAndOversizedFilesBeforePublishing() {
        assertThatThrownBy(() -> service.accept(submission(new byte[0]))).isInstanceOf(InvalidSubmissionException.class);
        assertThatThrownBy(() -> service.accept(submission(new byte[65 * 1024]))).isInstanceOf(DocumentTooLargeException.class);
        verify(output, never()).send(any(), any());
    }

    @Test
    void shouldReleaseTheClaimWhenKafkaDoesNotTakeTheDocument() {
        when(ledger.claim(any(), any(), any())).thenReturn(true);
        when(output.send(any(), any())).thenReturn(false);

        assertThatThrownBy(() -> service.accept(submission(TEXT))).isInstanceOf(IllegalStateException.class);

        verify(ledger).release(SubmissionService.sha256(TEXT));
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void shouldNotLetAFileNameForgeALogLine(org.springframework.boot.test.system.CapturedOutput output) {
        when(ledger.claim(any(), any(), any())).thenReturn(true);

        service.accept(new Submission(TEXT, "预算.pdf\n2026-01-01T00:00:00Z  INFO 1 --- [main] o.b.ingest : Accepted nothing\r\u001b[31m", null, null,
                null, null, null, SubmissionChannel.HTTP));

        assertThat(output.getOut()).contains("预算.pdf\\u000a2026-01-01T00:00:00Z").contains("\\u000d\\u001b[31m")
                .doesNotContain("\n2026-01-01T00:00:00Z  INFO 1").doesNotContain("\u001b");
    }

    @Test
    void shouldRefuseALargeDocumentWhenTheContentStoreIsFullAndReleaseItsClaim(@org.junit.jupiter.api.io.TempDir Path small) {
        IngestSettings settings = new IngestSettings(DataSize.ofKilobytes(64), DataSize.ofBytes(40), small, null, 0, DataSize.ofBytes(100), DataSize.ofBytes(0),
                null, null);
        Clock clock = Clock.systemUTC();
        SubmissionService full = new SubmissionService(ledger, output, new ContentStoreKeeper(new ContentStore(small), ledger, settings, clock), settings, clock);
        when(ledger.claim(any(), any(), any())).thenReturn(true);

        assertThatThrownBy(() -> full.accept(submission(new byte[1000]))).isInstanceOf(org.budgetwatch.ingest.content.ContentStoreFullException.class);
        verify(ledger).release(any());
        verify(output, never()).send(any(), any());
    }

    private static Submission submission(byte[] content) {
        return new Submission(content, "doc.txt", "https://example.gov.cn/doc", "crawler-1", null, null, 2024, SubmissionChannel.HTTP);
    }

    @SuppressWarnings("unchecked")
    private RawDocument publishedRaw() {
        ArgumentCaptor<Message<?>> message = ArgumentCaptor.forClass(Message.class);
        verify(output, times(1)).send(eq(SubmissionService.RAW_OUT), message.capture());
        return (RawDocument) message.getValue().getPayload();
    }
}
