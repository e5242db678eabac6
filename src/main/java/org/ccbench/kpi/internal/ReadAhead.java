package org.ccbench.kpi.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.ccbench.kpi.UploadProblem;
import org.ccbench.kpi.internal.UploadParser.ParsedRow;
import org.ccbench.kpi.upload.UploadFormat;

/**
 * Reads an upload on a thread of its own while the calling thread, which holds the transaction, checks and stores
 * what was read: reading and storing then overlap on two cores. Rows and problems arrive in file order through a
 * bounded queue, so memory stays flat however large the file.
 */
public final class ReadAhead {

    private static final int QUEUED_ITEMS = 2000;
    private static final Object END = new Object();

    private ReadAhead() {
    }

    /** Like {@link UploadParser#read}, but the file is parsed ahead on another thread. */
    public static void read(UploadParser parser, Path file, UploadFormat format, UploadParser.Sink sink)
            throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_ITEMS);
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().daemon().name("kpi-upload-read").start(() -> {
            try {
                parser.read(file, format, new UploadParser.Sink() {
                    @Override
                    public void row(ParsedRow row) {
                        hand(queue, row, stopped);
                    }

                    @Override
                    public void problem(UploadProblem problem) {
                        hand(queue, problem, stopped);
                    }
                });
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                hand(queue, END, stopped);
            }
        });
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                if (item instanceof ParsedRow row) {
                    sink.row(row);
                } else {
                    sink.problem((UploadProblem) item);
                }
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading an upload", e);
        } finally {
            stopped.set(true);
        }
        rethrow(failure.get());
    }

    /** Waits for room in the queue, unless the consumer has given up (then the reader ends quietly). */
    private static void hand(BlockingQueue<Object> queue, Object item, AtomicBoolean stopped) {
        try {
            while (!stopped.get()) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        switch (failure) {
            case null -> {
            }
            case IOException e -> throw e;
            case UncheckedIOException e -> throw e.getCause();
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure);
        }
    }
}
