package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * A sheet's rows through fastexcel, each cell with the style POI holds at its index (format, wrap, lock,
 * bold, underline, fill), text as inline strings; flushed every {@value #FLUSH} rows. For measuring only:
 * fastexcel writes a workbook of its own, which carries no chart.
 */
final class FastexcelRows implements SheetRows {

    private static final int FLUSH = 1000;

    private final Worksheet sheet;
    private final XSSFWorkbook workbook;
    private int row;

    FastexcelRows(Worksheet sheet, XSSFWorkbook workbook) {
        this.sheet = sheet;
        this.workbook = workbook;
    }

    @Override
    public void startRow(int index) {
        row = index;
    }

    @Override
    public void endRow() {
        if (row % FLUSH == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void text(int column, int style, String value) {
        sheet.inlineString(row, column, value);
        style(column, style);
    }

    @Override
    public void number(int column, int style, long value) {
        sheet.value(row, column, value);
        style(column, style);
    }

    @Override
    public void number(int column, int style, double value) {
        sheet.value(row, column, value);
        style(column, style);
    }

    @Override
    public void formula(int column, int style, String formula) {
        sheet.formula(row, column, formula);
        style(column, style);
    }

    @Override
    public void blank(int column, int style) {
        style(column, style);
    }

    @Override
    public void finish() {
        try {
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void style(int column, int index) {
        if (index == 0) {
            return;
        }
        XSSFCellStyle style = workbook.getCellStyleAt(index);
        StyleSetter setter = sheet.style(row, column);
        String format = style.getDataFormatString();
        if (format != null && !format.equals("General")) {
            setter.format(format);
        }
        if (style.getWrapText()) {
            setter.wrapText(true);
        }
        setter.verticalAlignment("top");
        if (!style.getLocked()) {
            setter.protectionOption(ProtectionOption.LOCKED, false);
        }
        if (style.getFont().getBold()) {
            setter.bold();
        }
        if (style.getFont().getUnderline() != Font.U_NONE) {
            setter.underlined().fontColor("0000FF");
        }
        if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
            XSSFColor fill = style.getFillForegroundColorColor();
            setter.fillColor(fill == null || fill.getARGBHex() == null ? "C0C0C0" : fill.getARGBHex().substring(2));
        }
        setter.set();
    }
}
