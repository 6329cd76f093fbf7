package org.budgetwatch.readmodel;

import org.budgetwatch.schemas.DocumentState;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A view written by the codec reads back equal, field by field, whatever its cells hold. */
class ViewCodecTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldReadBackEveryFieldOfTheView() throws Exception {
        DisclosureView view = everyFieldSet();
        JsonNode written = json.valueToTree(view);
        // a field added to the view and left out here fails this line; set it above, then the codec must carry it
        assertThat(nullOrEmpty(written, "")).as("fields the sample view leaves empty").isEmpty();

        DisclosureView read = ViewCodec.view(ViewCodec.bytes(view));

        assertThat((JsonNode) json.valueToTree(read)).isEqualTo(written);
    }

    @Test
    void shouldKeepNullsAndEveryFormOfCellValue() throws Exception {
        DisclosureView view = new DisclosureView();
        view.documentId = "d";
        view.tables = List.of(new DisclosureView.TableView(0, "OTHER", null, "NONE", "WAN_YUAN", null, List.of(),
                List.of(new DisclosureView.LineItemView(0, "", null, "NONE", "NONE", false, List.of(
                        new DisclosureView.CellView(1, null, null),
                        new DisclosureView.CellView(2, "—", null),
                        new DisclosureView.CellView(3, "1234.56", "1234.56"),
                        new DisclosureView.CellView(4, "1,234.56", "1234.56"),
                        new DisclosureView.CellView(5, "1,234.5", "1234.50"),
                        new DisclosureView.CellView(6, "（12.00）", "-12.00"))))));
        view.findings = List.of(new DisclosureView.Finding("R", null, "INFO", "消息", null, null, null, null, null, List.of(), null, null));

        DisclosureView read = ViewCodec.view(ViewCodec.bytes(view));

        assertThat((JsonNode) json.valueToTree(read)).isEqualTo((JsonNode) json.valueToTree(view));
        assertThat(read.fiscalYear).isNull();
        assertThat(read.findings.get(0).addends()).isNull();
    }

    private static DisclosureView everyFieldSet() {
        DisclosureView view = new DisclosureView();
        view.documentId = "0f3c";
        view.fileName = "2024年部门预算.pdf";
        view.title = "北京市东城区档案馆2024年部门预算";
        view.department = "北京市东城区档案馆";
        view.region = "北京市东城区";
        view.province = "北京市";
        view.city = "北京市";
        view.district = "东城区";
        view.fiscalYear = 2024;
        view.kind = "BUDGET";
        view.state = DocumentState.VALIDATED;
        view.reportStatus = "DISCREPANCIES";
        view.rulesetVersion = "2026.11";
        view.errors = 2;
        view.warnings = 300;
        view.infos = 1;
        view.rejectionReason = "UNREADABLE";
        view.rejectionMessage = "无法读取";
        view.tables = List.of(new DisclosureView.TableView(3, "PROJECT_EXPENDITURE", "项目支出表", "EXPENDITURE", "WAN_YUAN", 18,
                List.of(new DisclosureView.ColumnView(1, "合计", true), new DisclosureView.ColumnView(2, "财政拨款/一般公共预算", false)),
                List.of(new DisclosureView.LineItemView(7, "档案整理存储项目", "2013299", "FUNCTION", "ITEM", true,
                        List.of(new DisclosureView.CellView(1, "1,280.50", "1280.50"), new DisclosureView.CellView(2, "-3.2", "-3.2"))))));
        view.statements = List.of(new DisclosureView.StatementView("支出预算1,280.50万元，比上年增长12.3%。", "YOY_CHANGE", "支出预算", 3, 7));
        List<String> addends = new ArrayList<>(List.of("1000.00", "280.50"));
        view.findings = List.of(new DisclosureView.Finding("NARR-YOY", "NARRATIVE", "ERROR", "增长率与表不符", "growth differs", "[12.25, 12.35]",
                "11.0", "1.3", addends, List.of(new DisclosureView.FindingLocation(3, "PROJECT_EXPENDITURE", "项目支出表", 7, "档案整理存储项目", "2013299", 1,
                        "合计", 41, "比上年增长12.3%", 18)), "fp-1", "PERCENT"));
        return view;
    }

    /** Paths of the null values and empty arrays in a JSON tree. */
    private static List<String> nullOrEmpty(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isNull() || (node.isArray() && node.isEmpty())) {
            found.add(path);
        }
        node.fields().forEachRemaining(field -> found.addAll(nullOrEmpty(field.getValue(), path + "." + field.getKey())));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            found.addAll(nullOrEmpty(node.get(i), path + "[" + i + "]"));
        }
        return found;
    }
}
