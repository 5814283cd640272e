package org.readoutbriefings.tracker;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One sheet of the tracker being streamed out: a header row, then data rows written left to right.
 * Every text cell is written as text, so readout text that starts with '=' or '+' can never become a
 * formula; text beyond Excel's cell limit is cut with a visible marker.
 */
final class TrackerSheet {

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    static final String CUT_MARKER = " [... cut: the full text is in the source readout]";

    private final SXSSFSheet sheet;
    private final TrackerStyles styles;
    private final List<Column> columns;
    private int rowIndex;
    private Row row;
    private int cellIndex;

    /** A column: its header and width in characters. */
    record Column(String header, int width) {
    }

    TrackerSheet(SXSSFSheet sheet, TrackerStyles styles, List<Column> columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns;
        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    TrackerSheet newRow() {
        row = sheet.createRow(rowIndex++);
        cellIndex = 0;
        return this;
    }

    TrackerSheet text(String value) {
        return text(value, styles.text);
    }

    TrackerSheet wrapped(String value) {
        return text(value, styles.wrapped);
    }

    private TrackerSheet text(String value, CellStyle style) {
        Cell cell = row.createCell(cellIndex++);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(cut(value));
        }
        cell.setCellStyle(style);
        return this;
    }

    TrackerSheet date(LocalDate value) {
        Cell cell = row.createCell(cellIndex++);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.date);
        return this;
    }

    TrackerSheet number(long value) {
        Cell cell = row.createCell(cellIndex++);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number);
        return this;
    }

    /** Autofilter over the header and every data row; call after the last row. */
    void finish() {
        int lastRow = Math.max(1, rowIndex - 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
    }

    int dataRows() {
        return rowIndex - 1;
    }

    static String cut(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        return value.substring(0, MAX_CELL_TEXT - CUT_MARKER.length()) + CUT_MARKER;
    }
}
