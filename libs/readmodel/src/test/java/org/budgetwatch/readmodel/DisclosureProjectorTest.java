package org.budgetwatch.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.budgetwatch.contracts.common.AmountUnit;
import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.common.SourceLocation;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.tables.Table;
import org.budgetwatch.contracts.validation.Discrepancy;
import org.budgetwatch.contracts.validation.FindingLocation;
import org.budgetwatch.contracts.validation.Interval;
import org.budgetwatch.contracts.validation.Severity;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.contracts.validation.ValueUnit;
import org.junit.jupiter.api.Test;

class DisclosureProjectorTest {

    private static final DocumentMetadata METADATA = DocumentMetadata.newBuilder().setDepartment("国家信访局").setFiscalYear(2024).build();

    @Test
    void shouldKeepThePageOfEveryTableAndFindingOfAPdf() {
        DisclosureView view = new DisclosureView();

        DisclosureProjector.apply(view, tables(SourceLocation.newBuilder().setPage(18).build()));
        DisclosureProjector.apply(view, report(SourceLocation.newBuilder().setPage(18).setLineStart(412).setLineEnd(412).build(), ValueUnit.WAN_YUAN));

        assertThat(view.tables).singleElement().satisfies(table -> assertThat(table.page()).isEqualTo(18));
        assertThat(view.findings).singleElement().satisfies(finding -> {
            assertThat(finding.unit()).isEqualTo("WAN_YUAN");
            assertThat(finding.expected()).isEqualTo("[18728.935, 18728.945]");
            assertThat(finding.locations()).singleElement().satisfies(location -> {
                assertThat(location.page()).isEqualTo(18);
                assertThat(location.line()).isEqualTo(412);
            });
        });
    }

    @Test
    void shouldLeaveThePageEmptyForTextAndTheUnitUnknownForAReportWrittenBeforeFindingsCarriedIt() {
        DisclosureView view = new DisclosureView();

        DisclosureProjector.apply(view, tables(SourceLocation.newBuilder().setLineStart(40).setLineEnd(60).build()));
        Discrepancy old = discrepancy(null).build(); // the unit's default, as an older event reads
        DisclosureProjector.apply(view, ValidationReport.newBuilder().setDocumentId("d").setRulesetVersion("budget-2024.1")
                .setValidatedAt(Instant.EPOCH).setMetadata(METADATA).setDiscrepancies(List.of(old)).build());

        assertThat(view.tables.get(0).page()).isNull();
        assertThat(view.findings.get(0).unit()).isEqualTo("UNKNOWN");
        assertThat(view.findings.get(0).locations()).isEmpty();
    }

    private static DocumentTables tables(SourceLocation location) {
        Table table = Table.newBuilder().setIndex(0).setTitle("财政拨款收支总表").setUnit(AmountUnit.WAN_YUAN).setLocation(location).build();
        return DocumentTables.newBuilder().setDocumentId("d").setFileName("d.pdf").setMediaType("application/pdf").setExtractorVersion("test")
                .setExtractedAt(Instant.EPOCH).setMetadata(METADATA).setTables(List.of(table)).build();
    }

    private static ValidationReport report(SourceLocation source, ValueUnit unit) {
        Discrepancy discrepancy = discrepancy(source).setUnit(unit).build();
        return ValidationReport.newBuilder().setDocumentId("d").setRulesetVersion("budget-2024.8").setValidatedAt(Instant.EPOCH)
                .setMetadata(METADATA).setDiscrepancies(List.of(discrepancy)).build();
    }

    private static Discrepancy.Builder discrepancy(SourceLocation source) {
        return Discrepancy.newBuilder().setRuleId("NARR-AMOUNT").setCategory("narrative").setSeverity(Severity.ERROR)
                .setMessageZh("说明称 18,728.91 万元，表中为 18,728.94 万元").setMessageEn("the narrative says 18,728.91, the table 18,728.94")
                .setExpected(new Interval("18728.935", "18728.945")).setActual(new Interval("18728.905", "18728.915")).setDifference("0.02")
                .setLocations(source == null ? List.of() : List.of(FindingLocation.newBuilder().setTableIndex(0).setSource(source).build()))
                .setFingerprint("fp");
    }
}
