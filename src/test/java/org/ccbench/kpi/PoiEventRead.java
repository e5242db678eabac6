package org.ccbench.kpi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The upload benchmark's second baseline (issue 18 goal 4): POI's own event reader over every sheet, as POI's
 * documentation shows it, handing each cell's formatted text to a handler that only counts — none of the project's
 * cell conversion, limits or checks.
 */
final class PoiEventRead {

    private PoiEventRead() {
    }

    /** The number of rows of the sheet named {@code sheetName} at or after row {@code firstRow} (0-based). */
    static long rows(Path file, String sheetName, int firstRow) throws IOException {
        long[] rows = {0};
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    boolean counted = sheets.getSheetName().equals(sheetName);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                    if (counted && rowNum >= firstRow) {
                                        rows[0]++;
                                    }
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String reference, String formatted, XSSFComment comment) {
                                }
                            }, new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return rows[0];
    }
}
