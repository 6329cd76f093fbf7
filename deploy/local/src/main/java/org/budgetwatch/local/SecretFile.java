package org.budgetwatch.local;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * A secret the local stack keeps in its data directory (the ingest API key, the registry's password): readable and
 * writable by its owner alone (0600), from the moment it exists. A file left readable by others by an earlier version is
 * made private when it is read.
 */
final class SecretFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SecretFile() {
    }

    /** The secret in the file, or a new one ({@code prefix} and 24 random bytes in hex) written to it. */
    static String readOrCreate(Path file, String prefix) throws IOException {
        if (Files.exists(file)) {
            if (POSIX && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = prefix + HexFormat.of().formatHex(random);
        Files.createDirectories(file.getParent());
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(file, secret + "\n");
        return secret;
    }
}
