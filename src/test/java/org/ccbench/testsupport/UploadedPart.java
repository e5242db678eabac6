package org.ccbench.testsupport;

import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;

/** The request part of one uploaded file, as the servlet container hands it over to an upload handler. */
public record UploadedPart(InputStream body) implements Part {

    @Override
    public InputStream getInputStream() {
        return body;
    }

    @Override
    public String getContentType() {
        return "text/csv";
    }

    @Override
    public String getName() {
        return "file";
    }

    @Override
    public String getSubmittedFileName() {
        return "file";
    }

    @Override
    public long getSize() {
        return -1;
    }

    @Override
    public void write(String fileName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete() {
    }

    @Override
    public String getHeader(String name) {
        return null;
    }

    @Override
    public Collection<String> getHeaders(String name) {
        return List.of();
    }

    @Override
    public Collection<String> getHeaderNames() {
        return List.of();
    }
}
