package org.budgetwatch.schemas.raw;

import java.nio.ByteBuffer;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.schemas.claimcheck.ContentStore;

/** The bytes of a raw document, inline or behind its claim check. */
public final class RawDocumentContent {

    private RawDocumentContent() {
    }

    /**
     * @param store    the content store a claim check is read from (whatever root its URI names)
     * @param maxBytes the largest content taken from the store
     */
    public static byte[] of(RawDocument document, ContentStore store, long maxBytes) {
        ByteBuffer inline = document.getContent();
        if (inline != null) {
            byte[] bytes = new byte[inline.remaining()];
            inline.duplicate().get(bytes);
            return bytes;
        }
        if (document.getContentRef() != null) {
            return store.read(document.getDocumentId(), document.getContentRef(), maxBytes);
        }
        throw new MissingContentException("Document " + document.getDocumentId() + " carries neither content nor a content reference", null);
    }

    /** The content a raw document points to is gone, unreadable, or not where the content store keeps it. */
    public static class MissingContentException extends RuntimeException {
        public MissingContentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The content behind a claim check is larger than the reader takes. */
    public static class ContentTooLargeException extends RuntimeException {
        public ContentTooLargeException(String message) {
            super(message);
        }
    }
}
