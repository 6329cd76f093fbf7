package org.budgetwatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;
import org.budgetwatch.validation.report.Finding;
import org.budgetwatch.validation.report.ValidationReport;

/** Small disclosures written as text (tab-separated tables), extracted as the product would read them. */
final class TextDocuments {

    static final String HEADER = "2024年某区某某局部门预算\n";

    /** 国家信访局 2026 年部门预算 p.9, the 财政拨款收支总表: 上年结转 printed as a line, the classes of the fiscal appropriation. */
    static final String PETITIONS_FISCAL_SUMMARY = """
            财政拨款收支总表
            单位：万元
            收入\t\t支出\t
            项目\t预算数\t项目\t预算数
            一、本年收入\t16,474.82\t一、本年支出\t18,728.94
            （一）一般公共预算拨款\t16,474.82\t（一）一般公共服务支出\t15,291.30
            二、上年结转\t2,254.12\t（二）教育支出\t118.01
            （一）一般公共预算拨款\t2,254.12\t（三）社会保障和就业支出\t2,208.19
            \t\t（四）住房保障支出\t1,111.44
            收入总计\t18,728.94\t支出总计\t18,728.94
            """;

    private TextDocuments() {
    }

    static ExtractedDocument extract(String text) {
        ExtractionResult result = new DisclosureExtractor(ExtractionLimits.defaults()).extract(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
        return ((ExtractionResult.Extracted) result).document();
    }

    static ValidationReport report(Rule rule, String text) {
        return new DisclosureValidator(RuleCatalogue.of("test", List.of(rule)), true).validate(extract(text));
    }

    static List<Finding> findings(Rule rule, String text) {
        return report(rule, text).findings();
    }

    static List<Finding> errorsAndWarnings(Rule rule, String text) {
        return findings(rule, text).stream().filter(f -> f.severity() != org.budgetwatch.validation.report.Severity.INFO).toList();
    }

    /** A disclosure of the text corpus as published, which must print the words a test changes. */
    static String corpus(String document, String mustContain) throws java.io.IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("../../corpus", document + ".txt"), StandardCharsets.UTF_8);
        assertThat(text).contains(mustContain);
        return text;
    }

    static int checks(Rule rule, String text) {
        return report(rule, text).tallies().get(0).checks();
    }
}
