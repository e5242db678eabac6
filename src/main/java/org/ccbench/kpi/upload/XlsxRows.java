package org.ccbench.kpi.upload;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipException;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the cells of every worksheet of an xlsx file with POI's event API: {@link XSSFReader} for the parts,
 * {@link ReadOnlySharedStringsTable} for the shared strings (the only part held in memory, hence its limit) and
 * {@link XSSFSheetXMLHandler} for the cells. The handler gets no styles, so it passes numbers through as Excel
 * stored them instead of formatting them; {@link XlsxCells} turns them into {@link CellValue}s with the cell's type
 * and number format, which a subclass of the handler notes as each cell starts.
 */
final class XlsxRows {

    /** Shared strings stay in memory: 64 MB of XML is far more text than a KPI upload holds. */
    static final long MAX_SHARED_STRINGS_BYTES = 64 * UploadGuard.MEGABYTE;

    private static final String ZIP_BOMB_MESSAGE = "Zip bomb detected";

    private XlsxRows() {
    }

    static void read(Path file, RowHandler handler, long maxSharedStringsBytes) throws IOException {
        PoiReadLimits.apply();
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            SharedStrings strings = sharedStrings(workbook, maxSharedStringsBytes);
            NumberStyles styles = new NumberStyles(reader.getStylesTable());
            boolean date1904 = usesDate1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (handler.startSheet(name)) {
                        parse(sheet, new XlsxCells(name, styles, date1904, handler), strings);
                    }
                }
            }
        } catch (HandlerFailure failure) {
            throw failure.getCause();
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw refusal(e);
        } catch (SAXException e) {
            HandlerFailure failure = handlerFailure(e);
            if (failure != null) {
                throw failure.getCause();
            }
            IOException io = e.getException() instanceof IOException cause ? cause : null;
            throw io != null ? refusal(io) : damaged("a part of the workbook is not well-formed XML", e);
        } catch (OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw damaged("not a readable xlsx workbook", e);
        }
    }

    private static void parse(InputStream sheet, XlsxCells cells, SharedStrings strings)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new TypeNotingHandler(strings, cells));
        parser.parse(new InputSource(sheet));
    }

    private static SharedStrings sharedStrings(OPCPackage workbook, long maxBytes) throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
        }
        try (InputStream in = new LimitedInputStream(parts.getFirst().getInputStream(), maxBytes)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            parser.parse(new InputSource(in));
        }
        return date1904[0];
    }

    private static UploadRefusedException refusal(IOException e) {
        if (e instanceof UploadRefusedException refused) {
            return refused;
        }
        if (String.valueOf(e.getMessage()).contains(ZIP_BOMB_MESSAGE)) {
            return new UploadRefusedException(UploadRefusal.ZIP_BOMB, "POI refused to unpack a part: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (e instanceof ZipException) {
            return damaged("a zip entry cannot be unpacked", e);
        }
        return damaged("the workbook cannot be read", e);
    }

    private static UploadRefusedException damaged(String detail, Exception cause) {
        return new UploadRefusedException(UploadRefusal.DAMAGED, detail + ": " + cause.getMessage(), cause);
    }

    private static HandlerFailure handlerFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof SAXException sax && sax.getException() != null
                ? sax.getException() : t.getCause()) {
            if (t instanceof HandlerFailure failure) {
                return failure;
            }
        }
        return null;
    }

    /** Carries an exception of the caller's {@link RowHandler} through the XML parser, unchanged. */
    static final class HandlerFailure extends RuntimeException {

        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** POI's sheet handler, telling {@link XlsxCells} the type and style of every cell before its value comes. */
    private static final class TypeNotingHandler extends XSSFSheetXMLHandler {

        private final XlsxCells cells;

        TypeNotingHandler(SharedStrings strings, XlsxCells cells) {
            super(null, null, strings, cells, new DataFormatter(), false);
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName) && (uri == null || NS_SPREADSHEETML.equals(uri))) {
                cells.nextCell(attributes.getValue("t"), attributes.getValue("s"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Stops with {@link UploadRefusal#ZIP_BOMB} after {@code limit} bytes. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws UploadRefusedException {
            count += bytes;
            if (count > limit) {
                throw new UploadRefusedException(UploadRefusal.ZIP_BOMB,
                        "the shared strings unpack to more than %,d bytes".formatted(limit), null);
            }
        }
    }
}
