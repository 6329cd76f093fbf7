package org.budgetwatch.extractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Remembers on local disk which documents are being extracted, so that a document that brings the extractor down — a
 * crash, the kernel's OOM killer — is rejected once it has done so {@code maxAttempts} times, instead of being read
 * again, and bringing it down again, after every restart (a poison pill). A marker is written before a document is
 * read and removed once it has an outcome; one found at the next attempt is an extraction that never finished.
 */
final class ExtractionAttempts {

    private final Path dir;
    private final int maxAttempts;

    ExtractionAttempts(Path dir, int maxAttempts) {
        this.dir = dir;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Records that the document's extraction begins.
     *
     * @return how many earlier extractions of it never finished; when that is {@code maxAttempts} or more nothing is
     *         recorded and the document should not be read again
     */
    int begin(String documentId) {
        Path marker = marker(documentId);
        try {
            int unfinished = 0;
            try {
                unfinished = Integer.parseInt(Files.readString(marker, StandardCharsets.US_ASCII).strip());
            } catch (NoSuchFileException | NumberFormatException none) {
                // never tried, or a marker cut short by the crash it records
            }
            if (unfinished < maxAttempts) {
                Files.createDirectories(dir);
                Files.writeString(marker, Integer.toString(unfinished + 1), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            }
            return unfinished;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record the extraction of " + documentId + " under " + dir, e);
        }
    }

    /** The document has an outcome: its marker goes. */
    void end(String documentId) {
        try {
            Files.deleteIfExists(marker(documentId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the extraction of " + documentId + " under " + dir, e);
        }
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** A file name from the id that no id can turn into a path elsewhere. */
    private Path marker(String documentId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(documentId).getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
