package org.budgetwatch.projection.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.budgetwatch.readmodel.InvalidQueryException;
import org.budgetwatch.readmodel.ReadModel;
import org.budgetwatch.readmodel.SearchPage;
import org.budgetwatch.readmodel.SearchQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Search, documents and statistics over the read model. Bad parameters and query syntax get a 400 with a message. */
@RestController
public class SearchController {

    private static final int MAX_IDS_PER_LOOKUP = 1000;

    private final ReadModel readModel;

    public SearchController(ReadModel readModel) {
        this.readModel = readModel;
    }

    @Operation(summary = "Search disclosures, table line items and discrepancies",
            description = "Free text (Lucene syntax, words joined by AND, Chinese analysed with smartcn) and filters; facet counts over all matches.")
    @GetMapping("/api/search")
    public SearchPage search(
            @Parameter(description = "Query text: names, project names, codes, titles, narrative sentences, findings") @RequestParam(required = false) String q,
            @Parameter(description = "Fiscal year, e.g. 2024") @RequestParam(required = false) Integer year,
            @Parameter(description = "Region prefix, e.g. 北京市") @RequestParam(required = false) String region,
            @Parameter(description = "Words of the department name") @RequestParam(required = false) String department,
            @Parameter(description = "DEPARTMENT_BUDGET, UNIT_BUDGET, DEPARTMENT_FINAL_ACCOUNTS, UNIT_FINAL_ACCOUNTS") @RequestParam(required = false) String kind,
            @Parameter(description = "CLEAN, DISCREPANCIES, INCOMPLETE, EXTRACTED, REJECTED") @RequestParam(required = false) String status,
            @Parameter(description = "Table type, e.g. PROJECT_EXPENDITURE") @RequestParam(required = false) String tableType,
            @Parameter(description = "Function or economic code prefix, e.g. 210 or 2101502") @RequestParam(required = false) String code,
            @Parameter(description = "Lowest amount of a line item, in 万元") @RequestParam(required = false) BigDecimal minAmount,
            @Parameter(description = "Highest amount of a line item, in 万元") @RequestParam(required = false) BigDecimal maxAmount,
            @Parameter(description = "Rule id, e.g. NARR-YOY") @RequestParam(required = false) String ruleId,
            @Parameter(description = "ERROR, WARNING or INFO") @RequestParam(required = false) String severity,
            @Parameter(description = "Only disclosures with (true) or without (false) errors or warnings") @RequestParam(required = false) Boolean hasDiscrepancies,
            @Parameter(description = "document, lineItem or discrepancy; all when absent") @RequestParam(required = false) String type,
            @Parameter(description = "relevance (default), amount or year") @RequestParam(required = false) String sort,
            @Parameter(description = "lucene (default: AND, OR, quotes, field:value; a syntax error is a 400) or plain (the text as typed)")
            @RequestParam(defaultValue = "lucene") String syntax,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (!syntax.equals("lucene") && !syntax.equals("plain")) {
            throw new InvalidQueryException("syntax must be lucene or plain");
        }
        String text = blankToNull(q);
        if (text != null && syntax.equals("plain")) {
            text = QueryParser.escape(text);
        }
        return readModel.search(new SearchQuery(text, year, blankToNull(region), blankToNull(department), blankToNull(kind), blankToNull(status),
                blankToNull(tableType), blankToNull(code), minAmount, maxAmount, blankToNull(ruleId), blankToNull(severity), hasDiscrepancies,
                blankToNull(type), blankToNull(sort), page, size));
    }

    @Operation(summary = "One disclosure: metadata, tables, narrative statements and its validation report")
    @GetMapping("/api/documents/{documentId}")
    public ResponseEntity<?> document(@PathVariable String documentId) {
        return readModel.find(documentId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(documentId));
    }

    @Operation(summary = "The discrepancies found in one disclosure, with their evidence and locations")
    @GetMapping("/api/documents/{documentId}/discrepancies")
    public ResponseEntity<?> discrepancies(@PathVariable String documentId) {
        return readModel.find(documentId).<ResponseEntity<?>>map(v -> ResponseEntity.ok(v.findings)).orElseGet(() -> notFound(documentId));
    }

    @Operation(summary = "Which of these disclosures (up to 1,000 ids) a search finds now with their outcome; for clients that wait for their documents")
    @PostMapping("/api/documents/searchable")
    public ResponseEntity<?> searchable(@RequestBody List<String> documentIds) {
        if (documentIds.size() > MAX_IDS_PER_LOOKUP) {
            throw new InvalidQueryException("At most " + MAX_IDS_PER_LOOKUP + " document ids per request, not " + documentIds.size());
        }
        Set<String> found = readModel.searchable(documentIds);
        return ResponseEntity.ok(Map.of("searchable", documentIds.stream().filter(found::contains).toList(),
                "missing", documentIds.stream().filter(id -> !found.contains(id)).toList()));
    }

    @Operation(summary = "Counts: disclosures by status, region and year; discrepancies by rule, severity, region and year")
    @GetMapping("/api/stats")
    public Map<String, Object> stats() {
        return readModel.stats();
    }

    private static ResponseEntity<?> notFound(String documentId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("status", 404, "error", "Not Found", "message", "No disclosure " + documentId + " in the read model"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @ExceptionHandler({InvalidQueryException.class, MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        String message = e instanceof MethodArgumentTypeMismatchException m ? "Invalid value for " + m.getName() + ": " + m.getValue()
                : e instanceof HttpMessageNotReadableException ? "The body must be a JSON array of document ids" : e.getMessage();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", 400, "error", "Bad Request", "message", message));
    }

}
