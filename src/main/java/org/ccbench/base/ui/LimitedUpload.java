package org.ccbench.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload that the server itself holds to a size limit, whatever the browser was told: the bytes are counted as
 * they stream in and the upload stops at the first byte past {@code maxBytes} (or at once, when the request announces
 * a larger size). A file is streamed to a temporary file ({@link #toTempFile}), never held whole in the heap; a small
 * one may be read into memory ({@link #inMemory}), which holds at most {@code maxBytes}. An oversized file is refused
 * ({@link UploadEvent#reject(String)}) with the message {@code tooLarge} gives, which names the limit, and its partial
 * temporary file is deleted. Use it instead of {@link UploadHandler#inMemory}, which reads any size into the heap.
 */
public final class LimitedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(LimitedUpload.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    /** Receives a complete upload in a temporary file; the receiver deletes it when done. */
    @FunctionalInterface
    public interface FileReceiver extends Serializable {
        void receive(UploadMetadata metadata, Path file) throws IOException;
    }

    /** Receives a complete (small) upload's bytes. */
    @FunctionalInterface
    public interface BytesReceiver extends Serializable {
        void receive(UploadMetadata metadata, byte[] bytes) throws IOException;
    }

    /**
     * Called in the request thread when an upload went over the limit (nothing was kept); returns the message that the
     * upload component shows at the file, which names the limit.
     */
    @FunctionalInterface
    public interface TooLarge extends Serializable {
        String refused(String fileName, long maxBytes);
    }

    private final long maxBytes;
    private final FileReceiver toFile;
    private final BytesReceiver toBytes;
    private final TooLarge tooLarge;

    private LimitedUpload(long maxBytes, FileReceiver toFile, BytesReceiver toBytes, TooLarge tooLarge) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the limit must be positive");
        }
        this.maxBytes = maxBytes;
        this.toFile = toFile;
        this.toBytes = toBytes;
        this.tooLarge = Objects.requireNonNull(tooLarge, "tooLarge");
    }

    /** Streams each upload of at most {@code maxBytes} to a temporary file for {@code receiver}. */
    public static LimitedUpload toTempFile(long maxBytes, FileReceiver receiver, TooLarge tooLarge) {
        return new LimitedUpload(maxBytes, Objects.requireNonNull(receiver, "receiver"), null, tooLarge);
    }

    /** Reads each upload of at most {@code maxBytes} (keep it small) into memory for {@code receiver}. */
    public static LimitedUpload inMemory(long maxBytes, BytesReceiver receiver, TooLarge tooLarge) {
        return new LimitedUpload(maxBytes, null, Objects.requireNonNull(receiver, "receiver"), tooLarge);
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        UploadMetadata metadata = new UploadMetadata(fileName, event.getContentType(), event.getFileSize());
        if (event.getFileSize() > maxBytes) {
            refuse(event, "announced " + event.getFileSize() + " bytes");
            return;
        }
        if (toBytes != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (copyAtMost(event.getInputStream(), bytes)) {
                toBytes.receive(metadata, bytes.toByteArray());
            } else {
                refuse(event, "more than " + maxBytes + " bytes arrived");
            }
            return;
        }
        // the uploader's file name never goes into the path: it may be too long, or say anything
        Path file = Files.createTempFile("upload-", ".part");
        boolean handedOver = false;
        try {
            boolean complete;
            try (OutputStream out = Files.newOutputStream(file)) {
                complete = copyAtMost(event.getInputStream(), out);
            }
            if (!complete) {
                refuse(event, "more than " + maxBytes + " bytes arrived");
                return;
            }
            toFile.receive(metadata, file);
            handedOver = true; // from here on the receiver deletes it
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Copies until the end of {@code in}; false (and stops reading) as soon as more than the limit arrived. */
    private boolean copyAtMost(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            total += read;
            if (total > maxBytes) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return true;
    }

    private void refuse(UploadEvent event, String detail) {
        log.info("Upload of {} refused over the limit of {} bytes: {}", event.getFileName(), maxBytes, detail);
        event.reject(tooLarge.refused(event.getFileName(), maxBytes));
    }
}
