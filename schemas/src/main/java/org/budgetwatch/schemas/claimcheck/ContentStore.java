package org.budgetwatch.schemas.claimcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.budgetwatch.schemas.raw.RawDocumentContent;

/**
 * Claim check for documents too large to travel inside a Kafka record: the bytes are kept under a directory
 * shared by ingest and extractor (a volume or object-store mount in production) and the event carries a
 * {@code file:} URI. Content is addressed by its SHA-256, so writing the same document twice is harmless.
 */
public final class ContentStore {

    private final Path root;

    public ContentStore(Path root) {
        this.root = root;
    }

    public URI put(String documentId, byte[] content) {
        try {
            Path target = root.resolve(documentId.substring(0, 2)).resolve(documentId);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), documentId, ".part");
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return target.toUri();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store document " + documentId + " under " + root, e);
        }
    }

    /** Reads content referenced by a claim-check URI. */
    public static byte[] read(String contentRef) {
        try {
            return Files.readAllBytes(Path.of(URI.create(contentRef)));
        } catch (IOException | IllegalArgumentException e) {
            throw new RawDocumentContent.MissingContentException("Content " + contentRef + " cannot be read: " + e.getMessage(), e);
        }
    }
}
