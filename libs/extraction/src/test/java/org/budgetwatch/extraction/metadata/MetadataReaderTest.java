package org.budgetwatch.extraction.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetwatch.extraction.model.DocumentMetadata;
import org.budgetwatch.extraction.region.Region;
import org.junit.jupiter.api.Test;

/** Department names end where the name ends, not at the first word that a name may end with. */
class MetadataReaderTest {

    @Test
    void shouldReadADepartmentWhoseNameHoldsAnEndingWordInside() {
        DocumentMetadata metadata = MetadataReader.read(List.of("福建省福州市鼓楼区人力资源和社会保障局", "2024年部门预算"));

        assertThat(metadata.department()).isEqualTo("福建省福州市鼓楼区人力资源和社会保障局");
        assertThat(metadata.region()).isEqualTo("福建省福州市鼓楼区");
        assertThat(metadata.place()).as("the region placed in the gazetteer").isEqualTo(new Region("福建省", "福州市", "鼓楼区"));
        assertThat(metadata.fiscalYear()).isEqualTo(2024);
    }

    @Test
    void shouldReadADeclaredDepartmentUpToItsQualifier() {
        DocumentMetadata metadata = MetadataReader.read(List.of("部门预算", "预算单位：中共某市委宣传部（汇总）", "预算年度：2025"));

        assertThat(metadata.department()).isEqualTo("中共某市委宣传部");
        assertThat(metadata.fiscalYear()).isEqualTo(2025);
    }

    @Test
    void shouldReadADepartmentFollowedByItsYearOrLevel() {
        assertThat(MetadataReader.read(List.of("东西湖区医疗保障局 2024 年部门预算公开")).department()).isEqualTo("东西湖区医疗保障局");
        assertThat(MetadataReader.read(List.of("一、保定市满城区医疗保障局本级收支预算")).department()).isEqualTo("保定市满城区医疗保障局");
    }

    @Test
    void shouldGiveAPartyOrganNamedInShortFormItsOfficialName() {
        DocumentMetadata metadata = MetadataReader.read(List.of("江苏省委办公厅2019年度部门预算公开"));

        assertThat(metadata.department()).isEqualTo("中共江苏省委办公厅");
        assertThat(metadata.region()).isEqualTo("江苏省");
        assertThat(MetadataReader.read(List.of("普陀区委宣传部2025年部门预算")).department()).isEqualTo("中共普陀区委宣传部");
        assertThat(MetadataReader.read(List.of("上海市发展和改革委员会2025年部门预算")).department()).isEqualTo("上海市发展和改革委员会");
        assertThat(MetadataReader.read(List.of("北京市东城区卫生健康委员会2025年部门预算")).department()).isEqualTo("北京市东城区卫生健康委员会");
    }
}
