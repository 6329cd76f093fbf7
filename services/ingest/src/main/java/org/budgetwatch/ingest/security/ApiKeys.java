package org.budgetwatch.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Finds the configured key a presented value belongs to, comparing hashes in constant time. */
public final class ApiKeys {

    private final List<IngestSecuritySettings.Key> keys;

    public ApiKeys(List<IngestSecuritySettings.Key> keys) {
        this.keys = List.copyOf(keys);
    }

    public Optional<IngestSecuritySettings.Key> find(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented.strip());
        IngestSecuritySettings.Key match = null;
        for (IngestSecuritySettings.Key key : keys) {
            if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(key.sha256()))) {
                match = key;
            }
        }
        return Optional.ofNullable(match);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
