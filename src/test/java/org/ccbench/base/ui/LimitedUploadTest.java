package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ccbench.testsupport.UploadedPart;
import org.junit.jupiter.api.Test;

/**
 * The server holds an upload to its limit whatever the browser was told: bytes are counted as they stream in, the
 * reading stops just past the limit, nothing is kept and the refusal names the limit.
 */
class LimitedUploadTest {

    static final long LIMIT = 20L * 1024 * 1024;
    static final long THREE_HUNDRED_MB = 300L * 1024 * 1024;

    @Test
    void aFileFarOverTheLimitIsRefusedAfterReadingJustPastTheLimitAndNothingIsKept() throws IOException {
        List<Path> received = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        LimitedUpload handler = LimitedUpload.toTempFile(LIMIT, (metadata, file) -> received.add(file),
                (fileName, maxBytes) -> {
                    refusals.add(fileName);
                    return "larger than " + maxBytes / (1024 * 1024) + " MB";
                });
        // 300 MB made up as they are read (never in memory), and the request does not announce its size
        LazyBytes body = new LazyBytes(THREE_HUNDRED_MB);
        List<Path> before = uploadTempFiles();
        UploadEvent event = event("kpi.csv", -1, body);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("larger than 20 MB");
        assertThat(refusals).containsExactly("kpi.csv");
        assertThat(received).as("nothing handed on").isEmpty();
        assertThat(body.read).as("reading stopped just past the limit")
                .isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 64 * 1024);
        assertThat(uploadTempFiles()).as("the partial temporary file is deleted").isEqualTo(before);
    }

    @Test
    void aFileThatAnnouncesMoreThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
        LimitedUpload handler = LimitedUpload.inMemory(1000, (metadata, bytes) -> {
            throw new AssertionError("nothing may arrive");
        }, (fileName, maxBytes) -> "over " + maxBytes);
        LazyBytes body = new LazyBytes(THREE_HUNDRED_MB);
        UploadEvent event = event("invitees.csv", THREE_HUNDRED_MB, body);

        handler.handleUploadRequest(event);

        assertThat(event.getRejectionMessage()).isEqualTo("over 1000");
        assertThat(body.read).isZero();
    }

    @Test
    void aFileWithinTheLimitArrivesWholeInATemporaryFileThatTheReceiverOwns() throws IOException {
        List<byte[]> contents = new ArrayList<>();
        LimitedUpload handler = LimitedUpload.toTempFile(LIMIT, (metadata, file) -> {
            assertThat(file.getFileName().toString()).as("no uploader's name in a server path")
                    .doesNotContain("kpi").startsWith("upload-");
            contents.add(Files.readAllBytes(file));
            Files.delete(file);
        }, (fileName, maxBytes) -> "refused");
        UploadEvent event = event("kpi".repeat(200) + ".csv", -1, new LazyBytes(LIMIT));

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(contents).singleElement().satisfies(bytes -> assertThat(bytes).hasSize((int) LIMIT));

        List<byte[]> small = new ArrayList<>();
        LimitedUpload.inMemory(10, (metadata, bytes) -> small.add(bytes), (fileName, maxBytes) -> "refused")
                .handleUploadRequest(event("a.csv", 10, new LazyBytes(10)));
        assertThat(small).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(10));
    }

    private static List<Path> uploadTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("upload-")).sorted().toList();
        }
    }

    private static UploadEvent event(String fileName, long announcedSize, InputStream body) {
        return new UploadEvent(null, null, null, fileName, announcedSize, "text/csv", null, new UploadedPart(body));
    }

    /** A stream of {@code size} bytes made up as they are read; counts what was read. */
    static final class LazyBytes extends InputStream {

        private final long size;
        long read;

        LazyBytes(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'x');
            read += count;
            return count;
        }
    }
}
