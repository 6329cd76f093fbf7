package org.budgetwatch.ingest.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetwatch.schemas.logging.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Guards every path of ingest: a write (any method but GET, HEAD and OPTIONS) needs a valid API key (header
 * {@code X-API-Key}, or {@code Authorization: Bearer}) and stays within that key's rate, whatever path it names;
 * reads of /api/** need one only when configured. Refusals happen before the body is read, so nothing of a refused
 * request reaches Kafka. Keys are never logged; the key's name is.
 * <p>
 * The decision for a write does not look at the path at all: a filter that matched the raw request URI while Spring
 * MVC routed the decoded, normalised one could be passed by {@code /api/%64isclosures} or {@code /api;x=1/disclosures}.
 * Where the path matters (reads, when they need a key) it is the path Spring MVC routes: decoded, without
 * {@code ;} parameters, {@code .} and {@code ..} resolved, slashes collapsed, compared without regard to case.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    public static final String KEY_NAME = ApiKeyFilter.class.getName() + ".keyName";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Methods that change nothing; method names are case-sensitive, so {@code get} is a write here (and refused). */
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final UrlPathHelper ROUTED_PATH = new UrlPathHelper();

    static {
        ROUTED_PATH.setUrlDecode(true);
        ROUTED_PATH.setRemoveSemicolonContent(true);
    }

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final boolean readsRequireKey;

    public ApiKeyFilter(ApiKeys keys, RateLimiter limiter, boolean readsRequireKey) {
        this.keys = keys;
        this.limiter = limiter;
        this.readsRequireKey = readsRequireKey;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean write = !READS.contains(request.getMethod());
        if (!write && !(readsRequireKey && isApi(request))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<IngestSecuritySettings.Key> key = keys.find(presented(request));
        if (key.isEmpty()) {
            log.warn("Refused {} {} from {}: no valid API key", LogSafe.text(request.getMethod()), LogSafe.text(request.getRequestURI()),
                    request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
            refuse(response, HttpStatus.UNAUTHORIZED, keys.isEmpty() ? "Writes are closed: no API key is configured"
                    : "A valid API key is required (header X-API-Key)");
            return;
        }
        request.setAttribute(KEY_NAME, key.get().name());
        if (!write) {
            chain.doFilter(request, response);
            return;
        }
        long wait = limiter.acquire(key.get());
        if (wait > 0) {
            log.warn("Refused a write by {}: over {} requests per minute", key.get().name(), key.get().requestsPerMinute());
            response.setHeader("Retry-After", Long.toString(wait));
            refuse(response, HttpStatus.TOO_MANY_REQUESTS, "Too many submissions for this key; retry after " + wait + " s");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value() || response.getStatus() == HttpStatus.INSUFFICIENT_STORAGE.value()) {
                // the pipeline had no room for the submission: the client used none of its rate
                limiter.refund(key.get());
            }
        }
    }

    /**
     * Whether the request names the API: as the servlet container normalised it (decoded, {@code ;} parameters and
     * dot segments gone) or as Spring MVC reads the raw URI (decoded, without {@code ;} parameters), without regard to
     * case or repeated slashes. Either is enough, so that no spelling of the path reads the API without a key.
     */
    static boolean isApi(HttpServletRequest request) {
        String normalised = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return namesApi(normalised) || namesApi(ROUTED_PATH.getPathWithinApplication(request));
    }

    private static boolean namesApi(String path) {
        String plain = path.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return plain.equals("/api") || plain.startsWith("/api/");
    }

    private static String presented(HttpServletRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null) {
            return header;
        }
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7) : null;
    }

    static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // tell the client not to send the rest of a large body on this connection
        response.setHeader("Connection", "close");
        JSON.writeValue(response.getOutputStream(), Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
    }
}
