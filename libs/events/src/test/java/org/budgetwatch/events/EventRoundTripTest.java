package org.budgetwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.raw.DocumentHints;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.events.report.ReportEventMapper;
import org.budgetwatch.events.report.ReportEventReader;
import org.budgetwatch.events.tables.TablesEventMapper;
import org.budgetwatch.events.tables.TablesEventReader;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.region.Region;
import org.budgetwatch.schemas.serde.EncodedSize;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the extractor publishes, the validator and the projection read back unchanged: every corpus document's tables
 * and report go to their Avro records and back to the libraries' objects, equal to what the libraries made.
 */
class EventRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
    private final DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(), true);

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../../corpus"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void shouldReadBackTheTablesAndTheReportItsEventsCarry(String file) throws IOException {
        byte[] content = Files.readAllBytes(Path.of("../../corpus", file));
        ExtractedDocument document = ((ExtractionResult.Extracted) extractor.extract(content)).document();
        var report = validator.validate(document);

        DocumentTables tablesEvent = new TablesEventMapper().toEvent(raw(file, content), document, NOW);
        ValidationReport reportEvent = new ReportEventMapper().toEvent(tablesEvent, report, NOW);

        assertThat(EncodedSize.of(tablesEvent)).as("the tables event encodes").isPositive();
        assertThat(EncodedSize.of(reportEvent)).as("the report event encodes").isPositive();
        // written as the serializer writes them (the generated classes' own coders) and read with the schema they register
        assertThat(throughAvroBinary(tablesEvent)).isEqualTo(tablesEvent);
        assertThat(throughAvroBinary(reportEvent)).isEqualTo(reportEvent);
        // mapping the read-back document again gives the same event, the region's levels included
        assertThat(new TablesEventMapper().toEvent(raw(file, content), new TablesEventReader().read(tablesEvent), NOW))
                .isEqualTo(tablesEvent);
        assertThat(new TablesEventReader().read(tablesEvent))
                .usingRecursiveComparison()
                // the table event carries a statement's figure as printed and its value, not the repairs made to read it
                .ignoringFieldsMatchingRegexes("statements\\.values\\.amount\\.repairs")
                .isEqualTo(document);
        assertThat(new ReportEventReader().read(reportEvent)).isEqualTo(report);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "beijing-dongcheng-medical-security-2024-budget.txt, 北京市, 北京市, 东城区",
            "wuhan-dongxihu-medical-security-2024-budget.txt, 湖北省, 武汉市, 东西湖区",
            "baoding-mancheng-medical-security-2024-unit-budget.txt, 河北省, 保定市, 满城区",
            "yanbian-medical-security-2024-budget.txt, 吉林省, 延边朝鲜族自治州, -"})
    void shouldPlaceEachCorpusDocumentsRegionInItsProvinceCityAndDistrict(String file, String province, String city, String district)
            throws IOException {
        byte[] content = Files.readAllBytes(Path.of("../../corpus", file));
        ExtractedDocument document = ((ExtractionResult.Extracted) extractor.extract(content)).document();

        DocumentMetadata metadata = new TablesEventMapper().toEvent(raw(file, content), document, NOW).getMetadata();

        assertThat(Arrays.asList(metadata.getProvince(), metadata.getCity(), metadata.getDistrict()))
                .as("%s (region %s)", file, metadata.getRegion())
                .containsExactly(province, city, district);
    }

    @Test
    void shouldPlaceTheSubmittersRegionWhenTheDocumentStatesNone() {
        RawDocument raw = raw("unnamed.txt", new byte[1]);
        raw.setHints(DocumentHints.newBuilder().setRegion("武汉市东西湖区").build());

        DocumentMetadata metadata = new TablesEventMapper().toEvent(raw, document(null), NOW).getMetadata();

        assertThat(metadata.getRegion()).isEqualTo("武汉市东西湖区");
        assertThat(List.of(metadata.getProvince(), metadata.getCity(), metadata.getDistrict())).containsExactly("湖北省", "武汉市", "东西湖区");
    }

    @Test
    void shouldLeaveTheLevelsEmptyWhereTheGazetteerCannotPlaceTheRegion() {
        // Beijing and Changchun both have a 朝阳区: the region is kept as printed and not guessed into either
        DocumentMetadata metadata = new TablesEventMapper().toEvent(raw("unnamed.txt", new byte[1]), document("朝阳区"), NOW).getMetadata();

        assertThat(metadata.getRegion()).isEqualTo("朝阳区");
        assertThat(metadata.getProvince()).isNull();
        assertThat(metadata.getCity()).isNull();
        assertThat(metadata.getDistrict()).isNull();
    }

    @Test
    void shouldReadTheLevelsBackAsTheEventCarriesThem() {
        // a producer that knew the district's city: the levels are read as published, not placed again
        DocumentTables placed = new TablesEventMapper().toEvent(raw("unnamed.txt", new byte[1]), document("朝阳区"), NOW);
        placed.getMetadata().setProvince("北京市");
        placed.getMetadata().setCity("北京市");
        placed.getMetadata().setDistrict("朝阳区");

        ExtractedDocument read = new TablesEventReader().read(placed);

        assertThat(read.metadata().place()).isEqualTo(new Region("北京市", "北京市", "朝阳区"));
        assertThat(new TablesEventMapper().toEvent(raw("unnamed.txt", new byte[1]), read, NOW)).isEqualTo(placed);
    }

    @Test
    void shouldReadAnEventWrittenBeforeTheLevelsAsUnplaced() {
        DocumentTables before = new TablesEventMapper().toEvent(raw("unnamed.txt", new byte[1]), document("东西湖区"), NOW);
        before.getMetadata().setProvince(null);
        before.getMetadata().setCity(null);
        before.getMetadata().setDistrict(null);

        ExtractedDocument read = new TablesEventReader().read(before);

        assertThat(read.metadata().region()).isEqualTo("东西湖区");
        assertThat(read.metadata().place()).isNull();
        assertThat(new TablesEventMapper().toEvent(raw("unnamed.txt", new byte[1]), read, NOW)).isEqualTo(before);
    }

    private static <T extends SpecificRecord> T throughAvroBinary(T event) throws IOException {
        SpecificData model = new SpecificData();
        model.setCustomCoders(true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
        new SpecificDatumWriter<T>(event.getSchema(), model).write(event, encoder);
        encoder.flush();
        return new SpecificDatumReader<T>(event.getSchema(), event.getSchema(), model)
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }

    private static ExtractedDocument document(String region) {
        return new ExtractedDocument("text/plain",
                new org.budgetwatch.extraction.model.DocumentMetadata(null, null, region, null, DocumentKind.UNKNOWN), List.of(), List.of());
    }

    private static RawDocument raw(String file, byte[] content) {
        return RawDocument.newBuilder().setDocumentId("doc-1").setFileName(file).setMediaType("text/plain").setSizeBytes(content.length)
                .setContent(ByteBuffer.wrap(content)).setChannel(SubmissionChannel.CLI).setFirstSeen(NOW).build();
    }
}
