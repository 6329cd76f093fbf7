package org.budgetwatch.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distinct disclosures made from the corpus text exports, the same for the same run id and index: another
 * department and region, the fiscal years shifted, every amount multiplied by a power of ten and, for a share of
 * them, one table figure changed so that the validator has something to find. Any factor keeps sums, shares and
 * year-over-year percentages, but it also multiplies the rounding differences of the printed figures; a power of ten
 * moves the decimal point instead (9064.36 × 10 is printed 90643.6), so that the rounding a reader allows for moves
 * with it. Each base is varied only by the factors under which it is found exactly as before ({@link BaseCalibration}).
 */
public final class VariantGenerator {

    private static final String[] REGIONS = {"北京市海淀区", "上海市浦东新区", "天津市和平区", "重庆市渝中区", "河北省石家庄市长安区", "山西省太原市小店区",
            "辽宁省沈阳市和平区", "江苏省南京市玄武区", "浙江省杭州市西湖区", "安徽省合肥市蜀山区", "福建省福州市鼓楼区", "江西省南昌市东湖区", "山东省济南市历下区",
            "河南省郑州市金水区", "湖南省长沙市岳麓区", "广东省广州市天河区", "广西壮族自治区南宁市青秀区", "四川省成都市武侯区", "贵州省贵阳市云岩区",
            "云南省昆明市五华区", "陕西省西安市雁塔区", "甘肃省兰州市城关区", "宁夏回族自治区银川市兴庆区", "新疆维吾尔自治区乌鲁木齐市天山区"};
    private static final String[] DEPARTMENTS = {"医疗保障局", "卫生健康委员会", "教育局", "民政局", "财政局", "人力资源和社会保障局", "住房和城乡建设局",
            "市场监督管理局", "档案馆", "统计局", "审计局", "退役军人事务局", "生态环境局", "交通运输局", "文化和旅游局", "农业农村局"};

    /**
     * A decimal figure, or a whole number of 元/万元/亿元; thousands separators and the OCR spaces after a separator or
     * the point ({@code 1, 053. 19}) are matched so that they can be printed back the same way.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:, ?\\d{3})+|\\d+)(?:\\.( ?)(\\d+))?(?![\\d%])(?=(\\s*(?:万元|亿元|元))?)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?=\\s*年|\\s*$)", Pattern.MULTILINE);

    private final List<CorpusBase> bases;
    private final List<BaseCalibration> calibrations;
    private final String runId;
    private final double errorShare;

    /**
     * @param runId makes the documents of one run distinct from those of another (the ingest keeps the first of equal bytes)
     * @param errorShare share of documents, 0 to 1, with one table figure changed
     */
    public VariantGenerator(List<CorpusBase> bases, String runId, double errorShare) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no corpus documents to vary");
        }
        this.bases = List.copyOf(bases);
        this.calibrations = bases.stream().map(BaseCalibration::of).toList();
        this.runId = runId;
        this.errorShare = errorShare;
    }

    /** Disclosure number {@code index} of this run. */
    public Variant generate(int index) {
        CorpusBase base = bases.get(index % bases.size());
        BaseCalibration calibration = calibrations.get(index % bases.size());
        SplittableRandom random = new SplittableRandom((runId.hashCode() * 31L + index) * 7919L);
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String department = region + DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        int yearShift = random.nextInt(-4, 3);
        int exponent = calibration.exponents()[random.nextInt(calibration.exponents().length)];
        boolean injectError = random.nextDouble() < errorShare && calibration.errorLines().length > 0;

        String text = base.text().replace(base.department(), department).replace(base.region(), region);
        String[] lines = text.split("\n", -1);
        int errorLine = injectError ? calibration.errorLines()[random.nextInt(calibration.errorLines().length)] : -1;
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < lines.length; i++) {
            String line = shiftYears(lines[i], yearShift);
            line = scale(line, exponent, i + 1 == errorLine);
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        out.append("\n\n").append(runId).append('-').append(index).append('\n');
        String fileName = String.format("%s-%s-%06d.txt", base.name(), runId, index);
        return new Variant(index, fileName, out.toString().getBytes(StandardCharsets.UTF_8), base.name(), department,
                BigDecimal.ONE.movePointRight(exponent), base.fiscalYear() == null ? null : base.fiscalYear() + yearShift, errorLine > 0,
                calibration.errors());
    }

    public int bases() {
        return bases.size();
    }

    private static String shiftYears(String line, int shift) {
        if (shift == 0 || line.indexOf("20") < 0) {
            return line;
        }
        Matcher m = YEAR.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group(1)) + shift));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Moves the decimal point of each amount of the line {@code exponent} places to the right (left when negative);
     * {@code inject} adds 10 to the line's last positive decimal figure as well.
     */
    static String scale(String line, int exponent, boolean inject) {
        Matcher m = AMOUNT.matcher(line);
        StringBuilder out = new StringBuilder(line.length() + 8);
        int lastPositive = -1;
        if (inject) {
            int n = 0;
            while (m.find()) {
                if (m.group(3) != null && amount(m).signum() > 0) {
                    lastPositive = n;
                }
                n++;
            }
            m.reset();
        }
        int n = 0;
        while (m.find()) {
            boolean decimal = m.group(3) != null;
            String whole = m.group(1);
            if (!decimal && m.group(4) == null || whole.length() > 1 && whole.charAt(0) == '0') {
                m.appendReplacement(out, m.group());
            } else {
                BigDecimal scaled = amount(m).movePointRight(exponent);
                if (n == lastPositive) {
                    scaled = scaled.add(BigDecimal.TEN);
                }
                String separator = whole.contains(", ") ? ", " : whole.contains(",") ? "," : null;
                m.appendReplacement(out, Matcher.quoteReplacement(print(scaled, separator, decimal ? m.group(2) : null)));
            }
            n++;
        }
        return m.appendTail(out).toString();
    }

    /** The matched amount as printed, without grouping separators or OCR spaces. */
    private static BigDecimal amount(Matcher m) {
        String whole = m.group(1).replace(" ", "").replace(",", "");
        return new BigDecimal(m.group(3) != null ? whole + "." + m.group(3) : whole);
    }

    /** Prints the figure as the original was printed: grouping, decimals and an OCR space after the point. */
    private static String print(BigDecimal value, String separator, String spaceAfterPoint) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        if (separator != null) {
            whole = String.format("%,d", Long.parseLong(whole)).replace(",", separator);
        }
        return point < 0 ? whole : whole + "." + spaceAfterPoint + plain.substring(point + 1);
    }

    /**
     * One generated disclosure.
     *
     * @param factor what every amount of the base was multiplied by (a power of ten)
     * @param fiscalYear the base's year shifted as the text was, or null when the base states none
     * @param injectedError whether one table figure was changed
     * @param baseErrors ERROR findings of the base: a clean variant has exactly these, one with an injected error more
     */
    public record Variant(int index, String fileName, byte[] content, String base, String department, BigDecimal factor, Integer fiscalYear,
                          boolean injectedError, int baseErrors) {
    }
}
