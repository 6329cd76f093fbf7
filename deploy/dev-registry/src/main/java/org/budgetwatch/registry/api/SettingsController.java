package org.budgetwatch.registry.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetwatch.registry.api.RequestBodies.ConfigRequest;
import org.budgetwatch.registry.api.RequestBodies.ModeRequest;
import org.budgetwatch.registry.store.RegistryError;
import org.budgetwatch.registry.store.SchemaStore;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Confluent's /config, /mode and /contexts resources: compatibility levels and modes, global and per subject. */
@RegistryApi
public class SettingsController {

    /** Confluent's name of the default context, the only one this registry has. */
    static final String DEFAULT_CONTEXT = ":.:";

    private final SchemaStore store;

    public SettingsController(SchemaStore store) {
        this.store = store;
    }

    @GetMapping("/")
    public Map<String, Object> root() {
        return Map.of();
    }

    @GetMapping("/contexts")
    public List<String> contexts() {
        return List.of(DEFAULT_CONTEXT);
    }

    @GetMapping("/config")
    public Map<String, Object> globalConfig() {
        return Map.of("compatibilityLevel", store.globalCompatibility().name());
    }

    @PutMapping("/config")
    public Map<String, Object> setGlobalConfig(@RequestBody ConfigRequest request) {
        return Map.of("compatibility", store.setCompatibility(null, request.compatibility()).name());
    }

    @DeleteMapping("/config")
    public Map<String, Object> deleteGlobalConfig() {
        return Map.of("compatibilityLevel", store.deleteCompatibility(null).name());
    }

    @GetMapping("/config/{subject}")
    public Map<String, Object> subjectConfig(@PathVariable String subject,
                                             @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        return store.subjectCompatibility(subject)
                .or(() -> defaultToGlobal ? Optional.of(store.globalCompatibility()) : Optional.empty())
                .map(level -> Map.<String, Object>of("compatibilityLevel", level.name()))
                .orElseThrow(() -> RegistryError.subjectConfigNotFound(subject));
    }

    @PutMapping("/config/{subject}")
    public Map<String, Object> setSubjectConfig(@PathVariable String subject, @RequestBody ConfigRequest request) {
        return Map.of("compatibility", store.setCompatibility(subject, request.compatibility()).name());
    }

    @DeleteMapping("/config/{subject}")
    public Map<String, Object> deleteSubjectConfig(@PathVariable String subject) {
        return Map.of("compatibilityLevel", store.deleteCompatibility(subject).name());
    }

    @GetMapping("/mode")
    public Map<String, Object> globalMode() {
        return Map.of("mode", store.globalMode().name());
    }

    @PutMapping("/mode")
    public Map<String, Object> setGlobalMode(@RequestBody ModeRequest request, @RequestParam(defaultValue = "false") boolean force) {
        return Map.of("mode", store.setMode(null, request.mode(), force).name());
    }

    @GetMapping("/mode/{subject}")
    public Map<String, Object> subjectMode(@PathVariable String subject,
                                           @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        return store.subjectMode(subject)
                .or(() -> defaultToGlobal ? Optional.of(store.globalMode()) : Optional.empty())
                .map(mode -> Map.<String, Object>of("mode", mode.name()))
                .orElseThrow(() -> RegistryError.subjectModeNotFound(subject));
    }

    @PutMapping("/mode/{subject}")
    public Map<String, Object> setSubjectMode(@PathVariable String subject, @RequestBody ModeRequest request,
                                              @RequestParam(defaultValue = "false") boolean force) {
        return Map.of("mode", store.setMode(subject, request.mode(), force).name());
    }

    @DeleteMapping("/mode/{subject}")
    public Map<String, Object> deleteSubjectMode(@PathVariable String subject) {
        return Map.of("mode", store.deleteMode(subject).name());
    }
}
