package org.budgetwatch.schemas.raw;

import java.nio.ByteBuffer;
import org.budgetwatch.contracts.raw.RawDocument;
import org.budgetwatch.schemas.claimcheck.ContentStore;

/** The bytes of a raw document, inline or behind its claim check. */
public final class RawDocumentContent {

    private RawDocumentContent() {
    }

    public static byte[] of(RawDocument document) {
        ByteBuffer inline = document.getContent();
        if (inline != null) {
            byte[] bytes = new byte[inline.remaining()];
            inline.duplicate().get(bytes);
            return bytes;
        }
        if (document.getContentRef() != null) {
            return ContentStore.read(document.getContentRef());
        }
        throw new MissingContentException("Document " + document.getDocumentId() + " carries neither content nor a content reference", null);
    }

    /** The content a raw document points to is gone or unreadable. */
    public static class MissingContentException extends RuntimeException {
        public MissingContentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
