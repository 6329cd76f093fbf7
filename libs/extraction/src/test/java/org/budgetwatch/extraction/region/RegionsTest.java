package org.budgetwatch.extraction.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void shouldPlaceABareDistrictInItsCityAndProvince() {
        assertThat(Regions.resolve("东西湖区")).contains(new Region("湖北省", "武汉市", "东西湖区"));
    }

    @Test
    void shouldReadEveryLevelAsPrinted() {
        assertThat(Regions.resolve("湖北省武汉市东西湖区")).contains(new Region("湖北省", "武汉市", "东西湖区"));
        assertThat(Regions.resolve("武汉市东西湖区")).contains(new Region("湖北省", "武汉市", "东西湖区"));
        assertThat(Regions.resolve("保定市满城区")).contains(new Region("河北省", "保定市", "满城区"));
        assertThat(Regions.resolve("湖北 武汉")).contains(new Region("湖北省", "武汉市", null));
    }

    @Test
    void shouldTakeAMunicipalityAsItsOwnCity() {
        assertThat(Regions.resolve("北京市东城区")).contains(new Region("北京市", "北京市", "东城区"));
        assertThat(Regions.resolve("上海市")).contains(new Region("上海市", null, null));
    }

    @Test
    void shouldResolveAnAutonomousPrefectureAndAProvinceByItsShortName() {
        assertThat(Regions.resolve("延边朝鲜族自治州")).contains(new Region("吉林省", "延边朝鲜族自治州", null));
        assertThat(Regions.resolve("湖北")).contains(new Region("湖北省", null, null));
        assertThat(Regions.resolve("广西壮族自治区")).contains(new Region("广西壮族自治区", null, null));
    }

    @Test
    void shouldGiveACountyLevelCityUnderItsProvinceNoPrefectureCity() {
        assertThat(Regions.resolve("仙桃市")).contains(new Region("湖北省", null, "仙桃市"));
    }

    @Test
    void shouldNotGuessWhereANameIsAmbiguousOrUnknown() {
        assertThat(Regions.resolve("朝阳区")).as("Beijing's and Changchun's").isEmpty();
        assertThat(Regions.resolve("北京市朝阳区")).contains(new Region("北京市", "北京市", "朝阳区"));
        assertThat(Regions.resolve("亚特兰蒂斯")).isEmpty();
        assertThat(Regions.resolve(" ")).isEmpty();
        assertThat(Regions.resolve(null)).isEmpty();
    }
}
