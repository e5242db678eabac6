package org.ccbench.kpi.upload;

/** The two kinds of KPI upload files, as found from their content by {@link UploadGuard}. */
public enum UploadFormat {
    /** An Office Open XML workbook without macros or encryption. */
    XLSX,
    /** Text with comma-, semicolon- or tab-separated values, in UTF-8 (with or without BOM) or Windows-1252. */
    CSV
}
