package org.budgetwatch.projection.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.budgetwatch.readmodel.DisclosureView;
import org.budgetwatch.readmodel.DisclosureView.Finding;
import org.budgetwatch.projection.ProjectionSettings;
import org.budgetwatch.readmodel.InvalidQueryException;
import org.budgetwatch.readmodel.ReadModel;
import org.budgetwatch.readmodel.SearchPage;
import org.budgetwatch.readmodel.SearchQuery;
import org.budgetwatch.readmodel.SearchTimeoutException;
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
    private final ProjectionSettings settings;

    public SearchController(ReadModel readModel, ProjectionSettings settings) {
        this.readModel = readModel;
        this.settings = settings;
    }

    @Operation(summary = "Search disclosures, table line items and discrepancies",
            description = "Free text (Lucene syntax, words joined by AND, Chinese analysed with smartcn) and filters; facet counts over all matches.")
    @ApiResponse(responseCode = "200", description = "One page of hits with facet counts over all matches")
    @ApiResponse(responseCode = "400", description = "A bad parameter or query syntax", content = @Content(schema = @Schema(implementation = ApiError.class)))
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
                blankToNull(type), blankToNull(sort), page, size), settings.searchTimeLimit());
    }

    @Operation(summary = "One disclosure: metadata, tables, narrative statements and its validation report")
    @ApiResponse(responseCode = "200", description = "The disclosure", content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @ApiResponse(responseCode = "404", description = "No disclosure with this id in the read model", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @GetMapping("/api/documents/{documentId}")
    public ResponseEntity<DisclosureView> document(@PathVariable String documentId) {
        return ResponseEntity.ok(readModel.find(documentId).orElseThrow(() -> new UnknownDisclosureException(documentId)));
    }

    @Operation(summary = "The discrepancies found in one disclosure, with their evidence and locations")
    @ApiResponse(responseCode = "200", description = "The disclosure's findings",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Finding.class))))
    @ApiResponse(responseCode = "404", description = "No disclosure with this id in the read model", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @GetMapping("/api/documents/{documentId}/discrepancies")
    public ResponseEntity<List<Finding>> discrepancies(@PathVariable String documentId) {
        return ResponseEntity.ok(readModel.find(documentId).orElseThrow(() -> new UnknownDisclosureException(documentId)).findings);
    }

    @Operation(summary = "Which of these disclosures (up to 1,000 ids) a search finds now with their outcome; for clients that wait for their documents")
    @ApiResponse(responseCode = "400", description = "Not a JSON array of ids, or more than 1,000", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @PostMapping("/api/documents/searchable")
    public ResponseEntity<Searchability> searchable(@RequestBody List<String> documentIds) {
        if (documentIds.size() > MAX_IDS_PER_LOOKUP) {
            throw new InvalidQueryException("At most " + MAX_IDS_PER_LOOKUP + " document ids per request, not " + documentIds.size());
        }
        Set<String> found = readModel.searchable(documentIds);
        return ResponseEntity.ok(new Searchability(documentIds.stream().filter(found::contains).toList(),
                documentIds.stream().filter(id -> !found.contains(id)).toList()));
    }

    @Operation(summary = "Counts: disclosures by status, region and year; discrepancies by rule, severity, region and year")
    @GetMapping("/api/stats")
    public Statistics stats() {
        return Statistics.of(readModel.stats());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @ExceptionHandler(SearchTimeoutException.class)
    ResponseEntity<ApiError> tooSlow(SearchTimeoutException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .body(new ApiError(503, "Service Unavailable", e.getMessage()));
    }

    @ExceptionHandler({InvalidQueryException.class, MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class})
    ResponseEntity<ApiError> badRequest(Exception e) {
        String message = e instanceof MethodArgumentTypeMismatchException m ? "Invalid value for " + m.getName() + ": " + m.getValue()
                : e instanceof HttpMessageNotReadableException ? "The body must be a JSON array of document ids" : e.getMessage();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError(400, "Bad Request", message));
    }

    @ExceptionHandler(UnknownDisclosureException.class)
    ResponseEntity<ApiError> notFound(UnknownDisclosureException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, "Not Found", e.getMessage()));
    }

}
