package org.budgetwatch.registry.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetwatch.registry.store.RegistryError;
import org.budgetwatch.registry.store.SchemaStore;
import org.budgetwatch.registry.store.SubjectVersion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Confluent Schema Registry REST subset that serdes and common clients use. */
@RestController
public class RegistryController {

    public static final MediaType SCHEMA_REGISTRY_V1 = MediaType.parseMediaType("application/vnd.schemaregistry.v1+json");

    private final SchemaStore store;

    public RegistryController(SchemaStore store) {
        this.store = store;
    }

    @PostMapping("/subjects/{subject}/versions")
    public ResponseEntity<Object> register(@PathVariable String subject, @RequestBody SchemaRequest request) {
        request.requireAvro();
        return ok(Map.of("id", store.register(subject, request.schema())));
    }

    @PostMapping("/subjects/{subject}")
    public ResponseEntity<Object> lookup(@PathVariable String subject, @RequestBody SchemaRequest request) {
        request.requireAvro();
        return ok(describe(store.lookup(subject, request.schema())));
    }

    @GetMapping("/schemas/ids/{id}")
    public ResponseEntity<Object> schemaById(@PathVariable int id) {
        return ok(Map.of("schema", store.schemaById(id).toString()));
    }

    @GetMapping("/schemas/ids/{id}/versions")
    public ResponseEntity<Object> versionsOfId(@PathVariable int id) {
        return ok(store.usagesOf(id).stream()
                .map(v -> Map.of("subject", v.subject(), "version", v.version())).toList());
    }

    @GetMapping("/subjects")
    public ResponseEntity<Object> subjects() {
        return ok(store.subjects());
    }

    @GetMapping("/subjects/{subject}/versions")
    public ResponseEntity<Object> versions(@PathVariable String subject) {
        return ok(store.versions(subject));
    }

    @GetMapping("/subjects/{subject}/versions/{version}")
    public ResponseEntity<Object> version(@PathVariable String subject, @PathVariable String version) {
        return ok(describe(store.version(subject, version)));
    }

    @GetMapping("/subjects/{subject}/versions/{version}/schema")
    public ResponseEntity<Object> rawSchema(@PathVariable String subject, @PathVariable String version) {
        return ResponseEntity.ok().contentType(SCHEMA_REGISTRY_V1).body(store.version(subject, version).schema().toString());
    }

    @DeleteMapping("/subjects/{subject}")
    public ResponseEntity<Object> deleteSubject(@PathVariable String subject,
                                                @RequestParam(defaultValue = "false") boolean permanent) {
        return ok(store.deleteSubject(subject, permanent));
    }

    @PostMapping("/compatibility/subjects/{subject}/versions/{version}")
    public ResponseEntity<Object> compatibility(@PathVariable String subject, @PathVariable String version,
                                                @RequestBody SchemaRequest request) {
        request.requireAvro();
        return ok(Map.of("is_compatible", store.isCompatible(subject, version, request.schema())));
    }

    @GetMapping("/config")
    public ResponseEntity<Object> globalConfig() {
        return ok(Map.of("compatibilityLevel", store.globalCompatibility().name()));
    }

    @PutMapping("/config")
    public ResponseEntity<Object> setGlobalConfig(@RequestBody ConfigRequest request) {
        return ok(Map.of("compatibility", store.setCompatibility(null, request.compatibility()).name()));
    }

    @GetMapping("/config/{subject}")
    public ResponseEntity<Object> subjectConfig(@PathVariable String subject,
                                                @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        return store.subjectCompatibility(subject)
                .or(() -> defaultToGlobal ? java.util.Optional.of(store.globalCompatibility()) : java.util.Optional.empty())
                .map(level -> ok(Map.of("compatibilityLevel", level.name())))
                .orElseThrow(() -> new RegistryError(404, 40408,
                        "Subject '" + subject + "' does not have subject-level compatibility configured"));
    }

    @PutMapping("/config/{subject}")
    public ResponseEntity<Object> setSubjectConfig(@PathVariable String subject, @RequestBody ConfigRequest request) {
        return ok(Map.of("compatibility", store.setCompatibility(subject, request.compatibility()).name()));
    }

    @GetMapping("/")
    public ResponseEntity<Object> root() {
        return ok(Map.of());
    }

    private static Map<String, Object> describe(SubjectVersion v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", v.subject());
        body.put("version", v.version());
        body.put("id", v.id());
        body.put("schema", v.schema().toString());
        return body;
    }

    private static ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(SCHEMA_REGISTRY_V1).body(body);
    }

    /** Body of register, lookup and compatibility calls. Only AVRO schemas are accepted. */
    public record SchemaRequest(String schema, String schemaType, List<Object> references) {
        void requireAvro() {
            if (schemaType != null && !"AVRO".equalsIgnoreCase(schemaType)) {
                throw RegistryError.invalidSchema("schemaType " + schemaType + " is not supported by the dev registry (AVRO only)");
            }
            if (references != null && !references.isEmpty()) {
                throw RegistryError.invalidSchema("schema references are not supported by the dev registry");
            }
        }
    }

    /** Body of PUT /config: {"compatibility": "FULL"}. */
    public record ConfigRequest(String compatibility) {
    }
}
