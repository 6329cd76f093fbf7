package org.budgetwatch.extraction;

import static org.budgetwatch.extraction.RejectionAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.budgetwatch.extraction.amount.AmountUnit;
import org.budgetwatch.extraction.model.DocumentKind;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractedTable;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.model.RejectionReason;
import org.budgetwatch.extraction.model.TableRow;
import org.budgetwatch.extraction.model.TableSide;
import org.budgetwatch.extraction.model.TableType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real PDF of the shared corpus (上海市普陀区财政局 2025 部门预算), read from ../shared at run time and never
 * copied into the project; skipped, saying why, where it is absent. Broken PDFs are made here.
 */
class PdfExtractionTest {

    private static final Path SHARED_PDF = Path.of(System.getProperty("budgetwatch.shared.dir", "../../../shared"),
            "corpus", "pdf", "shanghai-putuo-finance-bureau-2025-budget.pdf");
    private final DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());

    @Test
    void shouldReadTheSharedPdfWithItsTablesComplete() throws IOException {
        if (!Files.exists(SHARED_PDF)) {
            System.out.println("PdfExtractionTest: skipped, the shared PDF is not at " + SHARED_PDF.toAbsolutePath()
                    + " (it is kept outside the project on purpose)");
        }
        Assumptions.assumeTrue(Files.exists(SHARED_PDF), "shared PDF not present at " + SHARED_PDF);

        ExtractionResult result = extractor.extract(Files.readAllBytes(SHARED_PDF));

        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        ExtractedDocument d = ((ExtractionResult.Extracted) result).document();
        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(d.metadata().department()).isEqualTo("上海市普陀区财政局");
        assertThat(d.metadata().region()).isEqualTo("上海市普陀区");
        assertThat(d.metadata().fiscalYear()).isEqualTo(2025);
        assertThat(d.metadata().kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
        assertThat(d.tables()).extracting(ExtractedTable::type).contains(TableType.REVENUE_EXPENDITURE_SUMMARY,
                TableType.REVENUE_SUMMARY, TableType.EXPENDITURE_SUMMARY, TableType.FISCAL_APPROPRIATION_SUMMARY,
                TableType.GENERAL_BUDGET_EXPENDITURE, TableType.GOVERNMENT_FUND_EXPENDITURE, TableType.STATE_CAPITAL_EXPENDITURE,
                TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableType.THREE_PUBLIC_COSTS);

        ExtractedTable income = table(d, TableType.REVENUE_EXPENDITURE_SUMMARY, TableSide.INCOME);
        assertThat(income.unit()).isEqualTo(AmountUnit.YUAN);
        assertThat(row(income, "收入总计").cells().get(0).amount().value()).isEqualByComparingTo("31214205.80");

        ExtractedTable expenditure = table(d, TableType.EXPENDITURE_SUMMARY, TableSide.WHOLE);
        assertThat(expenditure.rows()).as("a table running over a page break is one table").hasSize(20);
        assertThat(expenditure.location().page()).isEqualTo(12);
        TableRow total = row(expenditure, "合计");
        assertThat(total.cells()).extracting(c -> c.amount().value().toPlainString())
                .containsExactly("31214205.80", "25121091.00", "6093114.80");
        assertThat(expenditure.rows()).filteredOn(r -> "2010601".equals(r.code())).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("行政运行"));
        assertThat(table(d, TableType.REVENUE_SUMMARY, TableSide.WHOLE).columns()).as("columns read from the printed cell borders, "
                        + "those empty in every row too, a heading wrapped in its cell read whole").extracting(c -> c.path())
                .containsExactly("收入预算/合计", "收入预算/财政拨款收入", "收入预算/事业收入", "收入预算/事业单位经营收入", "收入预算/其他收入");
        ExtractedTable threePublicCosts = table(d, TableType.THREE_PUBLIC_COSTS, TableSide.WHOLE);
        assertThat(threePublicCosts.columns()).as("a table without a label column").extracting(c -> c.path())
                .containsExactly("“三公”经费预算数/合计", "“三公”经费预算数/因公出国(境)费", "“三公”经费预算数/公务接待费",
                        "“三公”经费预算数/公务用车购置及运行费/小计", "“三公”经费预算数/公务用车购置及运行费/购置费",
                        "“三公”经费预算数/公务用车购置及运行费/运行费", "机关运行经费预算数");
        assertThat(threePublicCosts.rows()).singleElement().satisfies(r -> assertThat(r.cells())
                .extracting(c -> c.text()).containsExactly("0.95", null, "0.95", null, null, null, "229.43"));
        ExtractedTable governmentFunds = table(d, TableType.GOVERNMENT_FUND_EXPENDITURE, TableSide.WHOLE);
        assertThat(governmentFunds.isBlank()).isTrue();
        assertThat(governmentFunds.emptyNote()).startsWith("注:本部门2025年无政府性基金预算");
        assertThat(table(d, TableType.GENERAL_BUDGET_BASIC_EXPENDITURE, TableSide.WHOLE).rows())
                .filteredOn(r -> "30101".equals(r.code())).singleElement()
                .satisfies(r -> assertThat(r.cells().get(0).amount().value()).isEqualByComparingTo("2642448.00"));
    }

    @Test
    void shouldRejectAPdfWithoutATextLayer() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            assertRejected(extractor.extract(bytes(document)), RejectionReason.NO_TEXT_LAYER);
        }
    }

    @Test
    void shouldRejectAPdfThatNeedsAPassword() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            assertRejected(extractor.extract(bytes(document)), RejectionReason.ENCRYPTED);
        }
    }

    @Test
    void shouldRejectATruncatedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            byte[] whole = bytes(document);
            assertRejected(extractor.extract(Arrays.copyOf(whole, whole.length / 3)), RejectionReason.UNREADABLE, RejectionReason.NO_TEXT_LAYER);
        }
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }


    private static ExtractedTable table(ExtractedDocument d, TableType type, TableSide side) {
        return d.tables().stream().filter(t -> t.type() == type && t.side() == side).findFirst().orElseThrow();
    }

    private static TableRow row(ExtractedTable table, String label) {
        return table.rows().stream().filter(r -> r.label().replace(" ", "").equals(label)).findFirst().orElseThrow();
    }
}
