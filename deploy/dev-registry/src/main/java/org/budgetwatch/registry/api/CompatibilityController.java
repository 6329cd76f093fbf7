package org.budgetwatch.registry.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetwatch.registry.api.RequestBodies.SchemaRequest;
import org.budgetwatch.registry.store.SchemaStore;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Confluent's /compatibility resource: would this schema be accepted, and if not, why ({@code verbose=true}). */
@RegistryApi
public class CompatibilityController {

    private final SchemaStore store;

    public CompatibilityController(SchemaStore store) {
        this.store = store;
    }

    /** Against the versions the subject's compatibility level names: the latest, or all for a transitive level. */
    @PostMapping("/compatibility/subjects/{subject}/versions")
    public Map<String, Object> againstSubject(@PathVariable String subject, @RequestBody SchemaRequest request,
                                              @RequestParam(defaultValue = "false") boolean verbose) {
        return answer(store.incompatibilities(subject, null, request.avroSchema()), verbose);
    }

    @PostMapping("/compatibility/subjects/{subject}/versions/{version}")
    public Map<String, Object> againstVersion(@PathVariable String subject, @PathVariable String version,
                                              @RequestBody SchemaRequest request,
                                              @RequestParam(defaultValue = "false") boolean verbose) {
        return answer(store.incompatibilities(subject, version, request.avroSchema()), verbose);
    }

    private static Map<String, Object> answer(List<String> problems, boolean verbose) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("is_compatible", problems.isEmpty());
        if (verbose) {
            body.put("messages", problems);
        }
        return body;
    }
}
