package org.budgetwatch.projection.api;

import java.util.Map;
import org.budgetwatch.projection.ProjectionSettings;
import org.budgetwatch.projection.readmodel.DisclosureView;
import org.budgetwatch.projection.readmodel.InvalidQueryException;
import org.budgetwatch.projection.readmodel.ReadModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Search over the read model. */
@RestController
public class SearchController {

    private final ReadModel readModel;
    private final ProjectionSettings settings;

    public SearchController(ReadModel readModel, ProjectionSettings settings) {
        this.readModel = readModel;
        this.settings = settings;
    }

    @GetMapping("/api/search")
    public Map<String, Object> search(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > settings.maxResults()) {
            throw new InvalidQueryException("limit must be between 1 and " + settings.maxResults());
        }
        ReadModel.SearchResult result = readModel.search(q, year, limit);
        return Map.of("total", result.total(), "hits", result.views().stream().map(SearchController::summary).toList());
    }

    @GetMapping("/api/documents/{documentId}")
    public ResponseEntity<DisclosureView> document(@PathVariable String documentId) {
        return readModel.find(documentId).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    private static Map<String, Object> summary(DisclosureView v) {
        Map<String, Object> hit = new java.util.LinkedHashMap<>();
        hit.put("documentId", v.documentId);
        hit.put("fileName", v.fileName);
        hit.put("department", v.department);
        hit.put("region", v.region);
        hit.put("fiscalYear", v.fiscalYear);
        hit.put("kind", v.kind);
        hit.put("state", v.state);
        hit.put("reportStatus", v.reportStatus);
        hit.put("tables", v.tables.size());
        hit.put("errors", v.errors);
        hit.put("warnings", v.warnings);
        hit.put("infos", v.infos);
        hit.put("rejectionReason", v.rejectionReason);
        return hit;
    }

    @ExceptionHandler({InvalidQueryException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, Object>> badRequest(RuntimeException e) {
        String message = e instanceof MethodArgumentTypeMismatchException m ? "Invalid value for " + m.getName() + ": " + m.getValue() : e.getMessage();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", 400, "error", "Bad Request", "message", message));
    }
}
