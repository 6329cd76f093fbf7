package org.budgetwatch.benchmarks.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.budgetwatch.contracts.common.Amount;
import org.budgetwatch.contracts.common.DocumentMetadata;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.contracts.raw.SubmissionChannel;
import org.budgetwatch.contracts.tables.Cell;
import org.budgetwatch.contracts.tables.DocumentTables;
import org.budgetwatch.contracts.tables.Row;
import org.budgetwatch.contracts.tables.Table;
import org.budgetwatch.contracts.validation.ValidationReport;
import org.budgetwatch.events.report.ReportEventMapper;
import org.budgetwatch.events.tables.TablesEventMapper;
import org.budgetwatch.extraction.DisclosureExtractor;
import org.budgetwatch.extraction.ExtractionLimits;
import org.budgetwatch.extraction.model.ExtractedDocument;
import org.budgetwatch.extraction.model.ExtractionResult;
import org.budgetwatch.extraction.region.Region;
import org.budgetwatch.extraction.region.Regions;
import org.budgetwatch.validation.DisclosureValidator;
import org.budgetwatch.validation.RuleCatalogue;

/**
 * Distinct disclosures made from the corpus: each corpus document is read and validated once, exactly as the pipeline
 * does, and its events are then copied with another department, region and fiscal year and every figure scaled by a
 * factor (so totals still add up), deterministically from the index.
 */
public final class SyntheticDisclosures {

    static final String[] REGIONS = {"北京市东城区", "北京市海淀区", "北京市朝阳区", "上海市浦东新区", "上海市黄浦区", "天津市和平区", "重庆市渝中区",
            "河北省保定市满城区", "河北省石家庄市长安区", "山西省太原市小店区", "内蒙古自治区呼和浩特市新城区", "辽宁省沈阳市和平区", "吉林省延边朝鲜族自治州",
            "黑龙江省哈尔滨市道里区", "江苏省南京市玄武区", "浙江省杭州市西湖区", "安徽省合肥市蜀山区", "福建省福州市鼓楼区", "江西省南昌市东湖区",
            "山东省济南市历下区", "河南省郑州市金水区", "湖北省武汉市东西湖区", "湖南省长沙市岳麓区", "广东省广州市天河区", "广东省深圳市南山区",
            "广西壮族自治区南宁市青秀区", "海南省海口市美兰区", "四川省成都市武侯区", "贵州省贵阳市云岩区", "云南省昆明市五华区", "陕西省西安市雁塔区",
            "甘肃省兰州市城关区", "青海省西宁市城中区", "宁夏回族自治区银川市兴庆区", "新疆维吾尔自治区乌鲁木齐市天山区"};
    static final String[] DEPARTMENTS = {"医疗保障局", "卫生健康委员会", "教育局", "民政局", "财政局", "人力资源和社会保障局", "住房和城乡建设局",
            "市场监督管理局", "档案馆", "统计局", "审计局", "退役军人事务局", "生态环境局", "交通运输局", "文化和旅游局", "农业农村局"};

    private final List<Base> bases;

    /** One corpus document's events, read and validated once. */
    private record Base(DocumentTables tables, ValidationReport report) {
    }

    private SyntheticDisclosures(List<Base> bases) {
        this.bases = bases;
    }

    public static SyntheticDisclosures fromCorpus(Path corpus) throws IOException {
        DisclosureExtractor extractor = new DisclosureExtractor(ExtractionLimits.defaults());
        DisclosureValidator validator = new DisclosureValidator(RuleCatalogue.standard(), true);
        List<Base> bases = new ArrayList<>();
        List<Path> files;
        try (var list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            ExtractionResult result = extractor.extract(content);
            if (!(result instanceof ExtractionResult.Extracted extracted)) {
                continue;
            }
            ExtractedDocument document = extracted.document();
            RawDocument raw = RawDocument.newBuilder().setDocumentId(sha256(content)).setFileName(file.getFileName().toString())
                    .setMediaType(document.mediaType()).setSizeBytes(content.length).setContent(ByteBuffer.wrap(content))
                    .setChannel(SubmissionChannel.CLI).setFirstSeen(now).build();
            DocumentTables tables = new TablesEventMapper().toEvent(raw, document, now);
            ValidationReport report = new ReportEventMapper().toEvent(tables, validator.validate(document), now);
            bases.add(new Base(tables, report));
        }
        if (bases.isEmpty()) {
            throw new IllegalStateException("no readable corpus documents in " + corpus);
        }
        return new SyntheticDisclosures(bases);
    }

    /** The tables event and the report of disclosure number {@code index}, the same on every run. */
    public Disclosure get(int index) {
        Base base = bases.get(index % bases.size());
        SplittableRandom random = new SplittableRandom(index * 7919L + 17);
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String department = region + DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        int year = 2020 + random.nextInt(6);
        BigDecimal factor = BigDecimal.valueOf(50 + random.nextInt(250), 2); // 0.50 to 2.99
        String id = String.format("synthetic-%06d", index);

        // the region's levels as the pipeline's mapping places them, so that the province, city and district facets count
        // the synthetic regions and not the corpus document's
        Region place = Regions.resolve(region).orElseThrow();
        DocumentMetadata metadata = DocumentMetadata.newBuilder(base.tables().getMetadata()).setDepartment(department).setRegion(region)
                .setProvince(place.province()).setCity(place.city()).setDistrict(place.district())
                .setFiscalYear(year).setTitle(year + "年" + department + "部门预算").build();
        DocumentTables tables = DocumentTables.newBuilder(base.tables()).setDocumentId(id).setFileName(id + ".txt").setMetadata(metadata).build();
        for (Table table : tables.getTables()) {
            for (Row row : table.getRows()) {
                for (Cell cell : row.getCells()) {
                    if (cell.getAmount() != null) {
                        scale(cell, factor);
                    }
                }
            }
        }
        ValidationReport report = ValidationReport.newBuilder(base.report()).setDocumentId(id)
                .setMetadata(DocumentMetadata.newBuilder(metadata).build()).build();
        return new Disclosure(id, tables, report);
    }

    public int bases() {
        return bases.size();
    }

    private static void scale(Cell cell, BigDecimal factor) {
        Amount amount = cell.getAmount();
        BigDecimal scaled = new BigDecimal(amount.getValue()).multiply(factor).setScale(Math.max(0, amount.getScale()), RoundingMode.HALF_UP);
        amount.setValue(scaled.toPlainString());
        amount.setPrinted(scaled.toPlainString());
        cell.setText(scaled.toPlainString());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One synthetic disclosure: its tables event and its validation report. */
    public record Disclosure(String documentId, DocumentTables tables, ValidationReport report) {
    }
}
