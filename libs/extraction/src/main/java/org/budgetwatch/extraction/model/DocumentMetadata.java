package org.budgetwatch.extraction.model;

import org.budgetwatch.extraction.region.Region;
import org.budgetwatch.extraction.region.Regions;

/**
 * What a disclosure says about itself; any part may be null when the document does not state it.
 *
 * @param region the region as printed (东西湖区, 北京市东城区)
 * @param place  the region's province, city and district in the national gazetteer; null where the region could not be
 *               placed (none printed, unknown, or ambiguous like 朝阳区)
 */
public record DocumentMetadata(String title, String department, String region, Integer fiscalYear, DocumentKind kind, Region place) {

    /** Metadata whose region is placed by the national gazetteer ({@link Regions}). */
    public DocumentMetadata(String title, String department, String region, Integer fiscalYear, DocumentKind kind) {
        this(title, department, region, fiscalYear, kind, Regions.resolve(region).orElse(null));
    }
}
