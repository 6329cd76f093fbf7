package org.budgetwatch.registry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.budgetwatch.registry.RegistrySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP basic authentication as Confluent Schema Registry does it when configured: every request but the health and
 * info probes needs the name and password of a configured user ({@code Authorization: Basic …}, which the serde sends
 * from {@code basic.auth.user.info} or from the user info of {@code schema.registry.url}); without them the answer is
 * 401 with {@code WWW-Authenticate} and Confluent's error body. Passwords are configured by their SHA-256 and compared
 * in constant time.
 */
public final class BasicAuthFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BasicAuthFilter.class);

    private final List<RegistrySettings.User> users;
    private final String realm;

    public BasicAuthFilter(List<RegistrySettings.User> users, String realm) {
        this.users = List.copyOf(users);
        this.realm = realm;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isProbe(request) || authenticated(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused {} from {}: no valid credentials", request.getMethod(), request.getRemoteAddr());
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        response.setContentType("application/vnd.schemaregistry.v1+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error_code\":401,\"message\":\"Unauthorized\"}");
    }

    /** The health and info probes stay open (read-only, no schema in them), on the path as the container normalised it. */
    private static boolean isProbe(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && (path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.equals("/actuator/info"));
    }

    private boolean authenticated(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String name = credentials.substring(0, colon);
        byte[] password = sha256(credentials.substring(colon + 1));
        boolean match = false;
        for (RegistrySettings.User user : users) {
            // every user is compared, in constant time, so that the answer takes as long whoever is asked for
            boolean same = MessageDigest.isEqual(password, HexFormat.of().parseHex(user.sha256()))
                    & MessageDigest.isEqual(name.getBytes(StandardCharsets.UTF_8), user.name().getBytes(StandardCharsets.UTF_8));
            match |= same;
        }
        return match;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
