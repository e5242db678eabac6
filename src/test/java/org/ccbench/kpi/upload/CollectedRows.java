package org.ccbench.kpi.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every row a read gives, kept for the assertions; cells are found by "Sheet!B2" (CSV: "B2"). */
final class CollectedRows implements RowHandler {

    record Row(String sheet, int number, List<CellValue> cells) {

        List<String> columns() {
            return cells.stream().map(CellValue::column).toList();
        }

        List<String> texts() {
            return cells.stream().map(CellValue::text).toList();
        }
    }

    final List<Row> rows = new ArrayList<>();
    final List<String> sheetsStarted = new ArrayList<>();
    private final Map<String, CellValue> byReference = new LinkedHashMap<>();
    private final Set<String> skippedSheets;

    CollectedRows(String... skippedSheets) {
        this.skippedSheets = Set.of(skippedSheets);
    }

    static CollectedRows read(byte[] content, UploadFormat format) {
        CollectedRows rows = new CollectedRows();
        try {
            SheetRows.read(new ByteArrayInputStream(content), format, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Override
    public void row(String sheet, int rowNumber, List<CellValue> cells) {
        rows.add(new Row(sheet, rowNumber, cells));
        for (CellValue cell : cells) {
            byReference.put(sheet.isEmpty() ? cell.reference() : sheet + "!" + cell.reference(), cell);
        }
    }

    @Override
    public boolean startSheet(String sheet) {
        sheetsStarted.add(sheet);
        return !skippedSheets.contains(sheet);
    }

    CellValue cell(String reference) {
        CellValue cell = byReference.get(reference);
        if (cell == null) {
            throw new AssertionError("no cell " + reference + " in " + byReference.keySet());
        }
        return cell;
    }

    boolean has(String reference) {
        return byReference.containsKey(reference);
    }

    Row row(int index) {
        return rows.get(index);
    }
}
