package org.budgetwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's secrets (API key, registry password) are readable by their owner alone, new or left by an earlier version. */
class SecretFileTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "file permissions are POSIX only");
    }

    @Test
    void shouldCreateASecretReadableByItsOwnerOnlyAndReadTheSameOneAgain() throws Exception {
        Path file = dataDir.resolve("ingest-api-key");

        String created = SecretFile.readOrCreate(file, "bw-local-");

        assertThat(created).startsWith("bw-local-").hasSize("bw-local-".length() + 48);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretFile.readOrCreate(file, "bw-local-")).isEqualTo(created);
    }

    @Test
    void shouldMakeASecretLeftReadableByOthersPrivateWhenItIsRead() throws Exception {
        Path file = dataDir.resolve("ingest-api-key");
        Files.writeString(file, "bw-local-old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(SecretFile.readOrCreate(file, "bw-local-")).isEqualTo("bw-local-old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
