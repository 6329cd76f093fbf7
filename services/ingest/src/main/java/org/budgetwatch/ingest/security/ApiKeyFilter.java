package org.budgetwatch.ingest.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards /api/disclosures: a write needs a valid API key (header {@code X-API-Key}, or {@code Authorization: Bearer})
 * and stays within that key's rate; reads need one only when configured. Refusals happen before the body is read,
 * so nothing of a refused request reaches Kafka. Keys are never logged; the key's name is.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    public static final String KEY_NAME = ApiKeyFilter.class.getName() + ".keyName";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final boolean readsRequireKey;

    public ApiKeyFilter(ApiKeys keys, RateLimiter limiter, boolean readsRequireKey) {
        this.keys = keys;
        this.limiter = limiter;
        this.readsRequireKey = readsRequireKey;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/disclosures");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (!write && !readsRequireKey) {
            chain.doFilter(request, response);
            return;
        }
        Optional<IngestSecuritySettings.Key> key = keys.find(presented(request));
        if (key.isEmpty()) {
            log.warn("Refused {} {} from {}: no valid API key", request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
            refuse(response, HttpStatus.UNAUTHORIZED, keys.isEmpty() ? "Writes are closed: no API key is configured"
                    : "A valid API key is required (header X-API-Key)");
            return;
        }
        if (write) {
            long wait = limiter.acquire(key.get());
            if (wait > 0) {
                log.warn("Refused a write by {}: over {} requests per minute", key.get().name(), key.get().requestsPerMinute());
                response.setHeader("Retry-After", Long.toString(wait));
                refuse(response, HttpStatus.TOO_MANY_REQUESTS, "Too many submissions for this key; retry after " + wait + " s");
                return;
            }
        }
        request.setAttribute(KEY_NAME, key.get().name());
        chain.doFilter(request, response);
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
