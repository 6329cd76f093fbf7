package org.budgetwatch.registry.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetwatch.registry.api.RequestBodies.SchemaRequest;
import org.budgetwatch.registry.store.SchemaStore;
import org.budgetwatch.registry.store.SubjectVersion;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Confluent's /subjects resource: registering, looking up, listing and deleting subject versions. */
@RegistryApi
public class SubjectsController {

    private final SchemaStore store;

    public SubjectsController(SchemaStore store) {
        this.store = store;
    }

    @GetMapping("/subjects")
    public List<String> subjects(@RequestParam(required = false) String subjectPrefix,
                                 @RequestParam(defaultValue = "false") boolean deleted,
                                 @RequestParam(defaultValue = "false") boolean deletedOnly) {
        return store.subjects(subjectPrefix, deleted, deletedOnly);
    }

    @PostMapping("/subjects/{subject}/versions")
    public Map<String, Object> register(@PathVariable String subject, @RequestBody SchemaRequest request,
                                        @RequestParam(defaultValue = "false") boolean normalize) {
        return Map.of("id", store.register(subject, request.avroSchema(), request.id(), request.version()));
    }

    @PostMapping("/subjects/{subject}")
    public Map<String, Object> lookup(@PathVariable String subject, @RequestBody SchemaRequest request,
                                      @RequestParam(defaultValue = "false") boolean deleted) {
        return describe(store.lookup(subject, request.avroSchema(), deleted));
    }

    @GetMapping("/subjects/{subject}/versions")
    public List<Integer> versions(@PathVariable String subject, @RequestParam(defaultValue = "false") boolean deleted) {
        return store.versions(subject, deleted);
    }

    @GetMapping("/subjects/{subject}/versions/{version}")
    public Map<String, Object> version(@PathVariable String subject, @PathVariable String version,
                                       @RequestParam(defaultValue = "false") boolean deleted) {
        return describe(store.version(subject, version, deleted));
    }

    /** The schema alone, unescaped. */
    @GetMapping("/subjects/{subject}/versions/{version}/schema")
    public String rawSchema(@PathVariable String subject, @PathVariable String version,
                            @RequestParam(defaultValue = "false") boolean deleted) {
        return store.version(subject, version, deleted).schema().toString();
    }

    /** Ids of schemas that reference this one: none, since the dev registry takes no references. */
    @GetMapping("/subjects/{subject}/versions/{version}/referencedby")
    public List<Integer> referencedBy(@PathVariable String subject, @PathVariable String version) {
        store.version(subject, version, true);
        return List.of();
    }

    @DeleteMapping("/subjects/{subject}")
    public List<Integer> deleteSubject(@PathVariable String subject, @RequestParam(defaultValue = "false") boolean permanent) {
        return store.deleteSubject(subject, permanent);
    }

    @DeleteMapping("/subjects/{subject}/versions/{version}")
    public int deleteVersion(@PathVariable String subject, @PathVariable String version,
                             @RequestParam(defaultValue = "false") boolean permanent) {
        return store.deleteVersion(subject, version, permanent);
    }

    static Map<String, Object> describe(SubjectVersion v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", v.subject());
        body.put("version", v.version());
        body.put("id", v.id());
        body.put("schema", v.schema().toString());
        return body;
    }
}
