package org.budgetwatch.registry.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetwatch.registry.store.SchemaStore;
import org.budgetwatch.registry.store.SubjectVersion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Confluent's /schemas resource: schemas by their global id, and the schema types this registry takes. */
@RegistryApi
public class SchemasController {

    private final SchemaStore store;

    public SchemasController(SchemaStore store) {
        this.store = store;
    }

    /** Confluent answers every type its plugins provide; this stand-in reads Avro only. */
    @GetMapping("/schemas/types")
    public List<String> types() {
        return List.of("AVRO");
    }

    @GetMapping("/schemas")
    public List<Map<String, Object>> schemas(@RequestParam(required = false) String subjectPrefix,
                                             @RequestParam(defaultValue = "false") boolean deleted,
                                             @RequestParam(defaultValue = "false") boolean latestOnly) {
        return store.schemas(subjectPrefix, deleted, latestOnly).stream().map(SubjectsController::describe).toList();
    }

    @GetMapping("/schemas/ids/{id}")
    public Map<String, Object> schemaById(@PathVariable int id, @RequestParam(required = false) String subject) {
        return Map.of("schema", store.schemaById(id).toString());
    }

    /** The schema alone, unescaped. */
    @GetMapping("/schemas/ids/{id}/schema")
    public String rawSchemaById(@PathVariable int id, @RequestParam(required = false) String subject) {
        return store.schemaById(id).toString();
    }

    @GetMapping("/schemas/ids/{id}/subjects")
    public List<String> subjectsOfId(@PathVariable int id, @RequestParam(defaultValue = "false") boolean deleted) {
        return store.usagesOf(id, deleted).stream().map(SubjectVersion::subject).distinct().toList();
    }

    @GetMapping("/schemas/ids/{id}/versions")
    public List<Map<String, Object>> versionsOfId(@PathVariable int id, @RequestParam(defaultValue = "false") boolean deleted) {
        return store.usagesOf(id, deleted).stream().map(SchemasController::subjectVersion).toList();
    }

    private static Map<String, Object> subjectVersion(SubjectVersion v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", v.subject());
        body.put("version", v.version());
        return body;
    }
}
