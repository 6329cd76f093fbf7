package org.budgetwatch.validator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.validation.Discrepancy;
import org.budgetwatch.contracts.validation.ReportStatus;
import org.budgetwatch.contracts.validation.Severity;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.schemas.serde.EncodedSize;
import org.junit.jupiter.api.Test;

class ReportSizeTest {

    @Test
    void shouldPassAReportThatFitsAndRefuseOneThatDoesNotWithItsSize() {
        ValidationReport report = report(ReportSize.MEASURED_FROM);
        long size = EncodedSize.of(report);

        assertThatCode(() -> ReportSize.check(report, size)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportSize.check(report, size - 1)).isInstanceOf(ReportSize.ReportTooLargeException.class)
                .hasMessageContaining("takes " + size + " bytes").hasMessageContaining(ReportSize.MEASURED_FROM + " findings");
    }

    @Test
    void shouldNotMeasureAReportWithFewFindings() {
        assertThatCode(() -> ReportSize.check(report(ReportSize.MEASURED_FROM - 1), 1)).doesNotThrowAnyException();
    }

    private static ValidationReport report(int findings) {
        Discrepancy finding = Discrepancy.newBuilder().setRuleId("TABLE_ROW_SUM").setCategory("ARITHMETIC").setSeverity(Severity.ERROR)
                .setMessageZh("“一般公共服务支出”各项之和为 1,234.56 万元，合计列为 1,334.56 万元，相差 100.00 万元")
                .setMessageEn("The items of 'General public services' add up to 1,234.56 (10k yuan); the total says 1,334.56, 100.00 apart")
                .setDifference("100.00").setAddends(List.of("1,000.00", "234.56")).setFingerprint("0123456789abcdef0123456789abcdef").build();
        return ValidationReport.newBuilder().setDocumentId("d").setRulesetVersion("test").setValidatedAt(Instant.EPOCH)
                .setMetadata(DocumentMetadata.newBuilder().setDepartment("某局").setFiscalYear(2024).build()).setStatus(ReportStatus.DISCREPANCIES)
                .setDiscrepancies(Collections.nCopies(findings, finding)).build();
    }
}
