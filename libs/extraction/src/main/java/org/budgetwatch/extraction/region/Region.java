package org.budgetwatch.extraction.region;

/**
 * Where a disclosure comes from, at the three levels of China's administration: province (省级: 省、自治区、直辖市),
 * prefecture-level city (地级: 地级市、自治州、地区、盟; for a municipality the municipality itself) and county-level
 * division (县级: 区、县、县级市、旗). A level the name does not reach is null: 延边朝鲜族自治州 has no district.
 */
public record Region(String province, String city, String district) {

    /** The most precise level the region names. */
    public String mostPrecise() {
        return district != null ? district : city != null ? city : province;
    }
}
