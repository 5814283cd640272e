package org.readoutbriefings.tracker;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the tracker, created once per workbook (Excel caps a workbook's styles). Styles are
 * locked unless named editable: sheet protection then guards exactly the generated cells.
 */
final class TrackerStyles {

    /** Fill of a follow-up past due and of a commitment open too long (conditional formatting, legend). */
    static final IndexedColors OVERDUE = IndexedColors.ROSE;
    static final IndexedColors STALE = IndexedColors.LIGHT_YELLOW;

    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle date;
    final CellStyle number;
    final CellStyle link;
    final CellStyle editableText;
    final CellStyle editableWrapped;
    final CellStyle editableDate;
    final CellStyle overdue;
    final CellStyle stale;

    TrackerStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        // '@' (Text) keeps whatever staff type later as text, too
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));

        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);

        date = workbook.createCellStyle();
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

        number = workbook.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setDataFormat(workbook.createDataFormat().getFormat("0"));

        Font underlined = workbook.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setVerticalAlignment(VerticalAlignment.TOP);
        link.setFont(underlined);

        editableText = unlocked(workbook, text);
        editableWrapped = unlocked(workbook, wrapped);
        editableDate = unlocked(workbook, date);
        overdue = filled(workbook, OVERDUE);
        stale = filled(workbook, STALE);
    }

    private static CellStyle unlocked(Workbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setLocked(false);
        return style;
    }

    private CellStyle filled(Workbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(text);
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
