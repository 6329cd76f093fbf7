package org.budgetwatch.schemas.claimcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetwatch.schemas.raw.RawDocumentContent;

/**
 * Claim check for documents too large to travel inside a Kafka record: the bytes are kept under a directory
 * shared by ingest and extractor (a volume or object-store mount in production) and the event carries a
 * {@code file:} URI. Content is addressed by its SHA-256, so writing the same document twice is harmless.
 * <p>
 * A claim check is only ever read from this store's own root: whoever can write to the raw topic could otherwise
 * have the extractor read (and publish to the search) any file it can open, or {@code /dev/zero} until its heap is
 * gone. So the URI must be a {@code file:} URI naming this document's place in a store ({@code …/ab/abcdef…}); the
 * bytes are read from this store's root at that place — never from the path the URI gives — only from a regular file
 * that is no symbolic link, no larger than the caller allows, and whose SHA-256 is the document id.
 */
public final class ContentStore {

    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public ContentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public URI put(String documentId, byte[] content) {
        Path target = place(documentId);
        try {
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

    /** Whether the store holds the document's content. */
    public boolean contains(String documentId) {
        return Files.isRegularFile(place(documentId), LinkOption.NOFOLLOW_LINKS);
    }

    /** A document's content as the store keeps it. */
    public record Stored(String documentId, long size, Instant storedAt) {
    }

    /** Every document whose content the store holds (files that are not a stored document are passed over). */
    public List<Stored> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Stored> stored = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (DOCUMENT_ID.matcher(name).matches() && file.getParent().getFileName().toString().equals(name.substring(0, 2))) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile()) {
                        stored.add(new Stored(name, attributes.size(), attributes.lastModifiedTime().toInstant()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the content store " + root, e);
        }
        return stored;
    }

    /** Deletes a document's content; true when there was some. */
    public boolean delete(String documentId) {
        try {
            return Files.deleteIfExists(place(documentId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the content of " + documentId + " under " + root, e);
        }
    }

    /** Bytes free for the store on its disk. */
    public long usableSpace() {
        try {
            Path existing = root;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not measure the free space of " + root, e);
        }
    }

    /**
     * The content of a document behind its claim check.
     *
     * @param maxBytes the largest content the caller will take
     * @throws RawDocumentContent.MissingContentException when the reference is not this store's place of the document,
     *                                                    or the content there is missing, unreadable or not the document's
     * @throws RawDocumentContent.ContentTooLargeException when the content is larger than {@code maxBytes}
     */
    public byte[] read(String documentId, String contentRef, long maxBytes) {
        Path place = confined(documentId, contentRef);
        try {
            BasicFileAttributes attributes = Files.readAttributes(place, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                throw refused(contentRef, "it is not a regular file in the content store");
            }
            if (!place.toRealPath().startsWith(root.toRealPath())) {
                throw refused(contentRef, "it leads out of the content store");
            }
            if (attributes.size() > maxBytes) {
                throw new RawDocumentContent.ContentTooLargeException("The content of " + documentId + " has " + attributes.size()
                        + " bytes, more than the limit of " + maxBytes);
            }
            byte[] content = readAtMost(place, (int) attributes.size());
            if (!sha256(content).equals(documentId)) {
                throw new RawDocumentContent.MissingContentException("The content stored for " + documentId
                        + " is not that document (its SHA-256 differs): it was changed or damaged", null);
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new RawDocumentContent.MissingContentException("The content of " + documentId + " is no longer in the content store", e);
        } catch (IOException e) {
            throw new RawDocumentContent.MissingContentException("The content of " + documentId + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** This store's place of the document, when the reference names it; the path the reference gives is never used. */
    private Path confined(String documentId, String contentRef) {
        if (documentId == null || !DOCUMENT_ID.matcher(documentId).matches()) {
            throw refused(contentRef, "the document id is not a SHA-256");
        }
        URI uri;
        try {
            uri = new URI(contentRef);
        } catch (URISyntaxException | NullPointerException e) {
            throw refused(contentRef, "it is not a URI");
        }
        if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("file") || uri.isOpaque()
                || uri.getRawAuthority() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused(contentRef, "only file: references into the content store are read");
        }
        String path = uri.getPath();
        String expected = "/" + documentId.substring(0, 2) + "/" + documentId;
        if (path == null || !path.endsWith(expected) || path.contains("/../") || path.contains("/./")) {
            throw refused(contentRef, "it does not name the place of document " + documentId + " in a content store");
        }
        return place(documentId);
    }

    private Path place(String documentId) {
        if (documentId == null || !DOCUMENT_ID.matcher(documentId).matches()) {
            throw new IllegalArgumentException("A document id is the lower-case hex SHA-256 of its content");
        }
        return root.resolve(documentId.substring(0, 2)).resolve(documentId);
    }

    private static byte[] readAtMost(Path place, int size) throws IOException {
        try (InputStream in = Files.newInputStream(place, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = in.readNBytes(size);
            if (in.read() != -1) {
                throw new IOException("the file grew while it was read");
            }
            return content;
        }
    }

    private static RawDocumentContent.MissingContentException refused(String contentRef, String why) {
        return new RawDocumentContent.MissingContentException("The content reference " + shortened(contentRef) + " was refused: " + why, null);
    }

    private static String shortened(String contentRef) {
        String text = String.valueOf(contentRef);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
