package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet's rows through POI's streaming writer: each row a {@link SXSSFRow}, flushed to POI's temporary
 * file once it leaves the window, text as inline strings.
 */
final class SxssfRows implements SheetRows {

    private final SXSSFSheet sheet;
    private final Workbook workbook;
    private final CellStyle[] styles = new CellStyle[256];
    private SXSSFRow row;

    SxssfRows(SXSSFSheet sheet, Workbook workbook) {
        this.sheet = sheet;
        this.workbook = workbook;
    }

    @Override
    public void startRow(int index) {
        row = sheet.createRow(index);
    }

    @Override
    public void endRow() {
        row = null;
    }

    @Override
    public void text(int column, int style, String value) {
        cell(column, style).setCellValue(value);
    }

    @Override
    public void number(int column, int style, long value) {
        cell(column, style).setCellValue((double) value);
    }

    @Override
    public void number(int column, int style, double value) {
        cell(column, style).setCellValue(value);
    }

    @Override
    public void formula(int column, int style, String formula) {
        cell(column, style).setCellFormula(formula);
    }

    @Override
    public void blank(int column, int style) {
        cell(column, style);
    }

    @Override
    public void finish() {
        try {
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SXSSFCell cell(int column, int style) {
        SXSSFCell cell = row.createCell(column);
        if (style != 0) {
            CellStyle s = styles[style];
            if (s == null) {
                s = styles[style] = workbook.getCellStyleAt(style);
            }
            cell.setCellStyle(s);
        }
        return cell;
    }
}
