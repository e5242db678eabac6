package org.ccbench.survey.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes a workbook to a stream the caller keeps open, and reports a failing stream as an
 * {@link UncheckedIOException} with its cause: POI sometimes wraps the stream's {@link IOException} in its own
 * runtime exception and drops it.
 */
public final class WorkbookOutput extends FilterOutputStream {

    private IOException failure;

    private WorkbookOutput(OutputStream out) {
        super(out);
    }

    public static void write(Workbook workbook, OutputStream out) {
        WorkbookOutput output = new WorkbookOutput(out);
        try {
            workbook.write(output);
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        } catch (RuntimeException e) {
            if (output.failure != null) {
                throw new UncheckedIOException("Could not write the workbook", output.failure);
            }
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
