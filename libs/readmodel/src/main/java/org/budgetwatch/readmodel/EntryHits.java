package org.budgetwatch.readmodel;

import static org.budgetwatch.readmodel.IndexFields.DISCLOSURE;
import static org.budgetwatch.readmodel.IndexFields.HIT;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;

/**
 * The search hit each entry stores, as JSON in UTF-8: a disclosure's own fields on its entry, and on each of its line
 * items and discrepancies only the entry's own fields, the disclosure's being added from its entry when a page is read
 * ({@link #withDisclosure}).
 */
final class EntryHits {

    /** A line item's or discrepancy's hit names and places its disclosure as the disclosure's own hit does. */
    private static final List<String> DISCLOSURE_HIT_FIELDS = List.of("documentId", "title", "fileName", "department", "region", "province",
            "city", "district", "fiscalYear", "kind", "status", "errors", "warnings");

    private final ObjectMapper json;

    EntryHits(ObjectMapper json) {
        this.json = json;
    }

    /** The hit's JSON object with the fields all entries of one kind share, in UTF-8, its closing brace left off. */
    record Start(byte[] bytes) {
    }

    /** An entry's own hit fields, at least one: they follow the shared ones after a comma. */
    interface Fields {
        void write(JsonGenerator generator) throws IOException;
    }

    /** The start of the hits of a disclosure's entries of one type: the disclosure's fields for its own entry, the type for others. */
    Start start(DisclosureView view, String type) throws IOException {
        byte[] hit = json.writeValueAsBytes(DISCLOSURE.equals(type) ? disclosureHit(view) : Map.of("type", type));
        return new Start(Arrays.copyOf(hit, hit.length - 1));
    }

    /**
     * The hit's JSON in UTF-8, as the stored field holds it: the shared fields, then the entry's own. Written as bytes
     * from the start, since Chinese text would otherwise be built as UTF-16 and converted once more by Lucene.
     */
    StoredField hit(Start start, Fields own) throws IOException {
        HitBytes out = new HitBytes(start.bytes().length + 384);
        out.write(start.bytes());
        try (JsonGenerator generator = json.createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            own.write(generator);
            generator.writeEndObject();
        }
        // the entry's object follows the shared fields inside one object: {shared..., own...}
        return out.storedField(start.bytes().length);
    }

    /** A growing byte buffer whose bytes become the stored hit without another copy. */
    private static final class HitBytes extends ByteArrayOutputStream {

        HitBytes(int size) {
            super(size);
        }

        StoredField storedField(int ownStart) {
            buf[ownStart] = ',';
            return new StoredField(HIT, new BytesRef(buf, 0, count));
        }
    }

    /** The disclosure's fields in its entry's hit; the hits of its line items and discrepancies get them from there. */
    private static Map<String, Object> disclosureHit(DisclosureView view) {
        Map<String, Object> hit = new LinkedHashMap<>();
        hit.put("type", DISCLOSURE);
        hit.put("documentId", view.documentId);
        hit.put("department", view.department);
        hit.put("region", view.region);
        hit.put("province", view.province);
        hit.put("city", view.city);
        hit.put("district", view.district);
        hit.put("fiscalYear", view.fiscalYear);
        hit.put("kind", view.kind);
        hit.put("status", view.status());
        hit.put("errors", view.errors);
        hit.put("warnings", view.warnings);
        return hit;
    }

    /** The hit of a line item or discrepancy with its disclosure's fields (from its disclosure's hit) after its type. */
    static Map<String, Object> withDisclosure(Map<String, Object> entryHit, Map<String, Object> disclosureHit) {
        Map<String, Object> hit = new LinkedHashMap<>();
        hit.put("type", entryHit.get("type"));
        for (String field : DISCLOSURE_HIT_FIELDS) {
            hit.put(field, disclosureHit.get(field));
        }
        hit.putAll(entryHit);
        return hit;
    }
}
