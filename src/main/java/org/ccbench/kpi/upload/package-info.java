/**
 * File-level building blocks of KPI uploads (issue 4 §3), free of Spring, jOOQ and Vaadin: {@link
 * org.ccbench.kpi.upload.UploadGuard} checks a file before it is read, {@link org.ccbench.kpi.upload.SheetRows}
 * streams its rows as {@link org.ccbench.kpi.upload.CellValue}s, and {@link org.ccbench.kpi.upload.NumberText} reads
 * numbers typed in Dutch or English. Refusals and number problems carry translation keys ({@code kpi.upload.…}).
 */
package org.ccbench.kpi.upload;
