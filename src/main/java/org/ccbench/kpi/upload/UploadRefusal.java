package org.ccbench.kpi.upload;

/**
 * Why an upload is refused, by {@link UploadGuard} before it is read or by {@link SheetRows} while reading it;
 * {@link #key()} is the translation key of the message for the uploader.
 */
public enum UploadRefusal {
    /** The file has no bytes. */
    EMPTY("kpi.upload.refused.empty"),
    /** The file is larger than the configured limit (20 MB by default). */
    TOO_LARGE("kpi.upload.refused.tooLarge"),
    /** The content is neither an xlsx workbook nor CSV text (a PDF, a Word file, a picture, text not named .csv). */
    NOT_XLSX_OR_CSV("kpi.upload.refused.notXlsxOrCsv"),
    /** An Excel 97–2003 workbook (.xls); it has to be saved as .xlsx first. */
    OLD_EXCEL("kpi.upload.refused.oldExcel"),
    /** A macro-enabled workbook: named .xlsm/.xltm/.xlam, or holding a VBA project or Excel 4 macro sheets. */
    MACRO_ENABLED("kpi.upload.refused.macroEnabled"),
    /** A workbook protected with a password to open it. */
    ENCRYPTED("kpi.upload.refused.encrypted"),
    /** The zip container unpacks to far more data than a KPI upload holds, or has too many entries. */
    ZIP_BOMB("kpi.upload.refused.zipBomb"),
    /** More rows than the configured limit ({@code ccbench.kpi.upload.max-rows}, 50,000 by default). */
    TOO_MANY_ROWS("kpi.upload.refused.tooManyRows"),
    /** The file looks like xlsx or CSV but cannot be read (a broken zip, a missing sheet part, a stray quote). */
    DAMAGED("kpi.upload.refused.damaged");

    private final String key;

    UploadRefusal(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
