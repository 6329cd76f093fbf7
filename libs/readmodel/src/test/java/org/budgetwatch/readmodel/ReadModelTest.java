package org.budgetwatch.readmodel;

import org.budgetwatch.schemas.DocumentState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.common.Stage;
import org.budgetwatch.contracts.rejection.Rejection;
import org.budgetwatch.contracts.rejection.RejectionReason;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.validation.ReportStatus;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadModelTest {

    @TempDir
    Path dir;

    static DisclosureView view(String id, String department, String region, int year, String project, String amount, String ruleId) {
        DisclosureView view = new DisclosureView();
        view.documentId = id;
        view.department = department;
        view.region = region;
        view.fiscalYear = year;
        view.kind = "DEPARTMENT_BUDGET";
        view.state = DocumentState.VALIDATED;
        view.reportStatus = ruleId == null ? "CLEAN" : "DISCREPANCIES";
        view.errors = ruleId == null ? 0 : 1;
        view.tables = List.of(new DisclosureView.TableView(0, "PROJECT_EXPENDITURE", "项目支出表", "WHOLE", "WAN_YUAN", 12,
                List.of(new DisclosureView.ColumnView(2, "合计", true)),
                List.of(new DisclosureView.LineItemView(0, project, "2101599", "FUNCTION", "ITEM", false,
                                List.of(new DisclosureView.CellView(2, amount, amount.replace(",", "")))),
                        new DisclosureView.LineItemView(1, "合计", null, "NONE", "NONE", true,
                                List.of(new DisclosureView.CellView(2, amount, amount.replace(",", "")))))));
        view.statements = List.of(new DisclosureView.StatementView("2024 年共批复本部门项目预算 1 项", "COUNT", "项目预算", null, null));
        view.findings = ruleId == null ? List.of() : List.of(new DisclosureView.Finding(ruleId, "narrative", "ERROR", "下降 400%：降幅不可能超过 100%",
                "a 400% fall is impossible", null, null, null, List.of(), List.of(new DisclosureView.FindingLocation(0, "PROJECT_EXPENDITURE", "项目支出表",
                0, project, "2101599", 2, "合计", null, null, 12)), "fp-" + id, "NONE"));
        return view;
    }

    private static ReadModel open(Path dir) {
        return new ReadModel(dir, Duration.ofHours(1), 10_000);
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(h -> (String) h.get("documentId")).distinct().toList();
    }

    private static SearchQuery query(String q) {
        return SearchQuery.text(q);
    }

    @Test
    void shouldFindDisclosuresLineItemsAndDiscrepanciesWithFacets() throws Exception {
        try (ReadModel model = open(dir)) {
            model.index(view("a", "北京市东城区医疗保障局", "北京市东城区", 2024, "档案整理存储项目", "107.50", null));
            model.index(view("b", "武汉市东西湖区医疗保障局", "湖北省武汉市东西湖区", 2024, "信息化平台运维", "1,585.06", "NARR-YOY"));
            model.index(view("c", "延边朝鲜族自治州医疗保障局", "吉林省延边朝鲜族自治州", 2023, "档案数字化", "20.00", null));
            model.commit();

            SearchPage archives = model.search(query("档案整理"));
            assertThat(ids(archives)).containsExactly("a");
            assertThat(archives.hits()).extracting(h -> h.get("type")).contains("lineItem");

            SearchPage byCode = model.search(new SearchQuery(null, null, null, null, null, null, null, "2101", null, null, null, null, null, "lineItem",
                    "amount", 0, 20));
            assertThat(byCode.hits()).extracting(h -> h.get("label")).containsExactly("信息化平台运维", "档案整理存储项目", "档案数字化");
            assertThat(byCode.hits().get(0)).containsEntry("type", "lineItem").containsEntry("documentId", "b")
                    .containsEntry("department", "武汉市东西湖区医疗保障局").containsEntry("fiscalYear", 2024).containsEntry("status", "DISCREPANCIES")
                    .containsEntry("errors", 1).containsEntry("tableType", "PROJECT_EXPENDITURE").containsEntry("code", "2101599")
                    .containsEntry("unit", "WAN_YUAN")
                    .containsEntry("amounts", List.of(Map.of("column", "合计", "text", "1,585.06", "value", "1585.06")));

            SearchPage big = model.search(new SearchQuery(null, null, null, null, null, null, null, null, new BigDecimal("100"), new BigDecimal("1000"),
                    null, null, null, "lineItem", null, 0, 20));
            assertThat(big.hits()).extracting(h -> h.get("label")).containsExactly("档案整理存储项目");

            SearchPage problems = model.search(new SearchQuery(null, null, null, null, null, null, null, null, null, null, "NARR-YOY", null, null,
                    "discrepancy", null, 0, 20));
            assertThat(problems.hits()).singleElement().satisfies(h -> {
                assertThat(h.get("documentId")).isEqualTo("b");
                assertThat(h.get("messageZh")).asString().contains("400%");
            });

            SearchPage everything = model.search(new SearchQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, "document",
                    "year", 0, 2));
            assertThat(everything.total()).isEqualTo(3);
            assertThat(everything.hits()).hasSize(2);
            assertThat(everything.facets().get("year")).containsExactlyInAnyOrder(new SearchPage.FacetCount("2024", 2), new SearchPage.FacetCount("2023", 1));
            assertThat(everything.facets().get("status")).contains(new SearchPage.FacetCount("DISCREPANCIES", 1));

            SearchPage beijing = model.search(new SearchQuery(null, 2024, "北京市", null, null, null, null, null, null, null, null, null, false, null, null, 0, 20));
            assertThat(ids(beijing)).containsExactly("a");
            assertThat(beijing.hits()).as("the disclosure's filters reach its line items through its block")
                    .extracting(h -> h.get("type")).containsExactly("document", "lineItem");
            SearchPage lineItems = model.search(new SearchQuery(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    "lineItem", null, 0, 20));
            assertThat(lineItems.facets().get("region")).as("line items count by their disclosure's region")
                    .containsExactlyInAnyOrder(new SearchPage.FacetCount("北京市东城区", 1), new SearchPage.FacetCount("湖北省武汉市东西湖区", 1),
                            new SearchPage.FacetCount("吉林省延边朝鲜族自治州", 1));
            assertThat(lineItems.facets().get("status")).contains(new SearchPage.FacetCount("DISCREPANCIES", 1));
            SearchPage department = model.search(new SearchQuery(null, null, null, "延边 医疗保障局", null, null, null, null, null, null, null, null, null,
                    "document", null, 0, 20));
            assertThat(ids(department)).containsExactly("c");
            SearchPage byName = model.search(query("武汉市东西湖区医疗保障局"));
            assertThat(byName.hits()).as("the disclosure first, then its line item and its finding, which carry its department's name")
                    .extracting(h -> h.get("type")).containsExactly("document", "lineItem", "discrepancy");
            assertThat(ids(byName)).containsExactly("b");
            assertThat(byName.hits().get(0)).containsEntry("department", "武汉市东西湖区医疗保障局").containsEntry("status", "DISCREPANCIES")
                    .containsEntry("tables", 1).containsEntry("rejectionReason", null);

            DisclosureView kept = model.find("b").orElseThrow();
            DisclosureView indexed = view("b", "武汉市东西湖区医疗保障局", "湖北省武汉市东西湖区", 2024, "信息化平台运维", "1,585.06", "NARR-YOY");
            assertThat(kept).as("the whole view comes back from the index").usingRecursiveComparison().isEqualTo(indexed);

            Map<String, Object> stats = model.stats();
            assertThat(stats.get("documents")).isEqualTo(3L);
            assertThat(stats.get("discrepancies")).isEqualTo(1L);
            assertThat(stats.get("discrepanciesByRegion")).isEqualTo(List.of(new SearchPage.FacetCount("湖北省武汉市东西湖区", 1)));
        }
    }

    @Test
    void shouldFindADistrictsDisclosuresByItsProvinceOrCityAndCountByEachLevel() throws Exception {
        try (ReadModel model = open(dir)) {
            DisclosureView wuhan = view("w", "东西湖区医疗保障局", "东西湖区", 2024, "信息化平台运维", "1,585.06", "NARR-YOY");
            wuhan.title = "东西湖区医疗保障局2024年部门预算";
            wuhan.fileName = "wuhan-dongxihu-medical-security-2024-budget.txt";
            wuhan.province = "湖北省";
            wuhan.city = "武汉市";
            wuhan.district = "东西湖区";
            DisclosureView beijing = view("p", "北京市东城区医疗保障局", "北京市东城区", 2024, "档案整理存储项目", "107.50", null);
            beijing.province = "北京市";
            beijing.city = "北京市";
            beijing.district = "东城区";
            model.index(wuhan);
            model.index(beijing);
            model.commit();

            assertThat(ids(model.search(region("湖北省")))).containsExactly("w");
            assertThat(ids(model.search(region("武汉市")))).containsExactly("w");
            assertThat(ids(model.search(region("东西湖区")))).containsExactly("w");
            assertThat(ids(model.search(region("北京市")))).as("the region as printed still matches by prefix").containsExactly("p");
            SearchPage documents = model.search(new SearchQuery(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    "document", null, 0, 20));
            assertThat(documents.facets().get("province")).containsExactlyInAnyOrder(new SearchPage.FacetCount("湖北省", 1),
                    new SearchPage.FacetCount("北京市", 1));
            assertThat(documents.facets().get("city")).contains(new SearchPage.FacetCount("武汉市", 1));
            assertThat(documents.facets().get("district")).contains(new SearchPage.FacetCount("东西湖区", 1));
            assertThat(model.find("w").orElseThrow().city).isEqualTo("武汉市");
            assertThat(model.search(region("湖北省")).hits()).as("line items and findings name and place their disclosure as it does")
                    .extracting(h -> h.get("type")).containsExactlyInAnyOrder("document", "lineItem", "discrepancy");
            assertThat(model.search(region("湖北省")).hits()).allSatisfy(h -> assertThat(h)
                    .containsEntry("title", "东西湖区医疗保障局2024年部门预算")
                    .containsEntry("fileName", "wuhan-dongxihu-medical-security-2024-budget.txt")
                    .containsEntry("province", "湖北省").containsEntry("city", "武汉市").containsEntry("district", "东西湖区"));
        }
    }

    private static SearchQuery region(String region) {
        return new SearchQuery(null, null, region, null, null, null, null, null, null, null, null, null, null, null, null, 0, 20);
    }

    @Test
    void shouldReplaceADisclosuresEntriesWhenItIsProjectedAgain() throws Exception {
        try (ReadModel model = open(dir)) {
            model.index(view("a", "某局", "北京市", 2024, "旧项目名称", "1.00", "NARR-YOY"));
            model.index(view("a", "某局", "北京市", 2024, "新项目名称", "2.00", null));
            model.commit();
            assertThat(model.search(query("旧项目名称")).total()).isZero();
            assertThat(model.search(query("新项目名称")).total()).isEqualTo(1);
            assertThat(model.stats().get("discrepancies")).isEqualTo(0L);
            assertThat(model.count()).isEqualTo(1);
        }
    }

    @Test
    void shouldCallADisclosureSearchableOnlyOnceItsOutcomeIsCommitted() throws Exception {
        try (ReadModel model = open(dir)) {
            DisclosureView extractedOnly = view("e", "某局", "北京市", 2024, "项目", "1.00", null);
            extractedOnly.state = DocumentState.EXTRACTED;
            model.index(extractedOnly);
            model.index(view("v", "某局", "北京市", 2024, "项目", "1.00", null));
            assertThat(model.searchable(List.of("e", "v", "unknown"))).as("nothing committed yet").isEmpty();

            model.commit();

            assertThat(model.searchable(List.of("e", "v", "unknown"))).containsExactly("v");
        }
    }

    @Test
    void shouldKeepConsumerPositionsInItsCommitAndSkipEventsAlreadyApplied() throws Exception {
        try (ReadModel model = open(dir)) {
            assertThat(model.project("x", rejection("x"), "disclosures.rejected.v1", 0, 41)).isTrue();
            assertThat(model.project("x", rejection("x"), "disclosures.rejected.v1", 0, 41)).isFalse();
            assertThat(model.position("disclosures.rejected.v1", 0)).contains(42L);
        }
        try (ReadModel reopened = open(dir)) {
            assertThat(reopened.position("disclosures.rejected.v1", 0)).contains(42L);
            assertThat(reopened.find("x")).hasValueSatisfying(v -> assertThat(v.rejectionReason).isEqualTo("NO_TEXT_LAYER"));
            assertThat(reopened.project("x", rejection("x"), "disclosures.rejected.v1", 0, 10)).isFalse();
            reopened.clear();
            assertThat(reopened.position("disclosures.rejected.v1", 0)).isEmpty();
            assertThat(reopened.count()).isZero();
        }
    }

    @Test
    void shouldLoseWhatWasNotCommittedTogetherWithItsPosition() throws Exception {
        Path crashed = dir.resolveSibling(dir.getFileName() + "-crashed");
        try (ReadModel model = open(dir)) {
            model.project("y", rejection("y"), "disclosures.rejected.v1", 0, 7);
            // the process dies here: the disk holds only what was committed
            java.nio.file.Files.createDirectories(crashed);
            try (var files = java.nio.file.Files.list(dir)) {
                for (Path file : files.toList()) {
                    java.nio.file.Files.copy(file, crashed.resolve(file.getFileName()));
                }
            }
        }
        try (ReadModel afterCrash = open(crashed)) {
            // neither the entry nor the position survived, so the consumer reads the event again: nothing lost
            assertThat(afterCrash.position("disclosures.rejected.v1", 0)).isEmpty();
            assertThat(afterCrash.find("y")).isEmpty();
            assertThat(afterCrash.project("y", rejection("y"), "disclosures.rejected.v1", 0, 7)).isTrue();
        }
    }

    @Test
    void shouldIndexADisclosureOnceWithItsReportAndHoldBackItsTablesPositionMeanwhile() throws Exception {
        Path crashed = dir.resolveSibling(dir.getFileName() + "-crashed");
        try (ReadModel model = new ReadModel(dir, Duration.ofHours(1), 10_000, Duration.ofHours(1))) {
            model.project("r", rejection("r"), "disclosures.rejected.v1", 0, 3);
            model.project("w", tables("w"), "disclosures.tables.v1", 0, 10);
            model.project("z", tables("z"), "disclosures.tables.v1", 0, 11);
            model.project("z", report("z"), "disclosures.discrepancies.v1", 0, 4);
            model.commit();

            assertThat(model.searchable(List.of("w", "z"))).as("z came with its report, w waits for its own").containsExactly("z");
            assertThat(model.count()).isEqualTo(2);
            assertThat(model.find("w")).as("a waiting disclosure is still found").hasValueSatisfying(v -> assertThat(v.state).isEqualTo(DocumentState.EXTRACTED));
            // the process dies here: the disk holds only what was committed
            java.nio.file.Files.createDirectories(crashed);
            try (var files = java.nio.file.Files.list(dir)) {
                for (Path file : files.toList()) {
                    java.nio.file.Files.copy(file, crashed.resolve(file.getFileName()));
                }
            }
        }
        try (ReadModel afterCrash = open(crashed)) {
            assertThat(afterCrash.position("disclosures.tables.v1", 0)).as("held at w's tables event, which is read again").contains(10L);
            assertThat(afterCrash.position("disclosures.discrepancies.v1", 0)).contains(5L);
            assertThat(afterCrash.find("w")).isEmpty();
            assertThat(afterCrash.project("w", tables("w"), "disclosures.tables.v1", 0, 10)).isTrue();
            assertThat(afterCrash.project("z", tables("z"), "disclosures.tables.v1", 0, 11)).isTrue();
            afterCrash.commit();
            assertThat(afterCrash.find("z")).as("a replayed tables event leaves the report in place")
                    .hasValueSatisfying(v -> assertThat(v.state).isEqualTo(DocumentState.VALIDATED));
        }
        try (ReadModel closedCleanly = open(dir)) {
            assertThat(closedCleanly.find("w")).as("closing indexes what still waits").hasValueSatisfying(v -> assertThat(v.state).isEqualTo(DocumentState.EXTRACTED));
            assertThat(closedCleanly.position("disclosures.tables.v1", 0)).contains(12L);
        }
    }

    @Test
    void shouldRefuseBadQueriesWithAMessage() throws Exception {
        try (ReadModel model = open(dir)) {
            assertThatThrownBy(() -> model.search(query("档案 AND (")))
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Cannot read the query");
            assertThatThrownBy(() -> model.search(new SearchQuery(null, null, null, null, null, null, null, null, null, null, null, "FATAL", null, null,
                    null, 0, 20))).hasMessageContaining("severity");
            assertThatThrownBy(() -> model.search(new SearchQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, 0, 1000))).hasMessageContaining("size");
            assertThat(model.search(query("")).total()).isZero();
        }
    }

    static DocumentTables tables(String id) {
        return DocumentTables.newBuilder().setDocumentId(id).setFileName(id + ".pdf").setMediaType("application/pdf").setExtractorVersion("test")
                .setExtractedAt(Instant.now()).setMetadata(DocumentMetadata.newBuilder().setDepartment("某局").setFiscalYear(2024).build()).build();
    }

    static ValidationReport report(String id) {
        return ValidationReport.newBuilder().setDocumentId(id).setRulesetVersion("test").setValidatedAt(Instant.now())
                .setMetadata(DocumentMetadata.newBuilder().setDepartment("某局").setFiscalYear(2024).build()).setStatus(ReportStatus.CLEAN).build();
    }

    static Rejection rejection(String id) {
        return Rejection.newBuilder().setDocumentId(id).setFileName(id + ".pdf").setStage(Stage.EXTRACTION).setReason(RejectionReason.NO_TEXT_LAYER)
                .setMessage("no text layer").setRejectedAt(Instant.now()).build();
    }
}
