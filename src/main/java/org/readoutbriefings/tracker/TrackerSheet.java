package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * One sheet of the tracker being streamed out as a named Excel table: a header row, then data rows
 * written left to right. When a sheet is full it continues on "Name (2)", and so on. The rows go straight
 * to XML ({@link SheetXml}); POI holds the rest of the sheet (table, validations, highlights, protection).
 * Failures to write the rows' temporary file are thrown as {@link UncheckedIOException}.
 * <p>
 * Every text cell is written as text, so readout text that starts with '=' or '+' can never become a
 * formula; text beyond Excel's cell limit is cut with a visible marker. The only formulas are the
 * HYPERLINK cells this class builds itself from a checked address and a fixed label (streamed, unlike
 * POI's hyperlink objects, which are held in memory until the end).
 */
final class TrackerSheet {

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    static final String CUT_MARKER = " [... cut: the full text is in the source readout]";
    /** Excel's limit on the length of a HYPERLINK address. */
    private static final int MAX_LINK = 255;
    /** Room for a date shown as yyyy-mm-dd. */
    private static final int DATE_WIDTH = "yyyy-mm-dd".length() + 1;
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
    /** Excel's serial numbers count a 29 February 1900 that never was: from March 1900 on they are plain days. */
    private static final LocalDate LAST_LEAP_BUG_DAY = LocalDate.of(1900, 2, 28);

    /** How staff may fill a column: not at all (generated, locked), freely, with a date, or from a list. */
    enum Entry { GENERATED, FREE, DATE, CHOICE }

    /** A column: its header, widest width in characters, and how staff may fill it. */
    record Column(String header, int width, Entry entry, List<String> choices) {

        static Column generated(String header, int width) {
            return new Column(header, width, Entry.GENERATED, List.of());
        }

        static Column free(String header, int width) {
            return new Column(header, width, Entry.FREE, List.of());
        }

        static Column date(String header) {
            return new Column(header, 11, Entry.DATE, List.of());
        }

        static Column choice(String header, int width, List<String> choices) {
            return new Column(header, width, Entry.CHOICE, choices);
        }

        boolean editable() {
            return entry != Entry.GENERATED;
        }
    }

    /**
     * Rows to fill when a formula holds; {@code {Header}} in the formula stands for that column's cell
     * in the row, e.g. {@code AND({Due date}<>"", {Due date}<TODAY())}.
     */
    record Highlight(String formula, IndexedColors fill) {
    }

    private final TrackerWorkbook workbook;
    private final String name;
    private final TrackerStyles styles;
    private final List<Column> columns;
    private final boolean[] editable;
    private final List<Highlight> highlights;
    private final String protectionPassword;
    private final int maxRows;
    private final int[] widths;
    private final int[] maxWidths;
    private SXSSFSheet sheet;
    private SheetXml xml;
    private int part;
    private int rowIndex;
    private long dataRows;
    private int cellIndex;
    private boolean rowOpen;
    /** By column: a row has links of more than one kind (its readout's page, its evidence's, its memo). */
    private final LastLink[] lastLinks;
    private final ContentFingerprint fingerprint;
    /** The next cell's value is one only the night's date moves: left out of the fingerprint. */
    private boolean ofTheNight;

    /**
     * @param protectionPassword password of the sheet protection, empty for protection without one
     * @param maxRows            rows per sheet, header included, before the rows continue on another sheet
     */
    TrackerSheet(TrackerWorkbook workbook, String name, TrackerStyles styles, List<Column> columns,
                 List<Highlight> highlights, String protectionPassword, int maxRows) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("a sheet needs room for its header and one row");
        }
        this.workbook = workbook;
        this.name = name;
        this.styles = styles;
        this.columns = columns;
        this.highlights = highlights;
        this.protectionPassword = protectionPassword;
        this.maxRows = maxRows;
        this.widths = new int[columns.size()];
        this.maxWidths = new int[columns.size()];
        this.editable = new boolean[columns.size()];
        this.lastLinks = new LastLink[columns.size()];
        this.fingerprint = workbook.fingerprint();
        fingerprint.text(name);
        columns.forEach(c -> fingerprint.text(c.toString()));
        highlights.forEach(h -> fingerprint.text(h.toString()));
        for (int i = 0; i < columns.size(); i++) {
            maxWidths[i] = columns.get(i).width();
            editable[i] = columns.get(i).editable();
        }
        startSheet();
    }

    private void startSheet() {
        part++;
        sheet = workbook.poi().createSheet(part == 1 ? name : name + " (" + part + ")");
        try {
            xml = workbook.rows(sheet, columns.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rowIndex = 0;
        xml.startRow(rowIndex++);
        for (int i = 0; i < columns.size(); i++) {
            xml.text(i, styles.header.getIndex() & 0xffff, columns.get(i).header());
            widths[i] = columns.get(i).header().length() + 3; // room for the filter button
        }
        xml.endRow();
        sheet.createFreezePane(0, 1);
    }

    TrackerSheet newRow() {
        endRow();
        if (rowIndex == maxRows) {
            finishSheet();
            startSheet();
        }
        xml.startRow(rowIndex++);
        fingerprint.row();
        rowOpen = true;
        dataRows++;
        cellIndex = 0;
        return this;
    }

    private void endRow() {
        if (rowOpen) {
            xml.endRow();
            rowOpen = false;
        }
    }

    /**
     * Marks the next cell as one whose value only the night's date moves (Days open, an overdue count, the run
     * date): a night that would change nothing else leaves the tracker as it is, that cell with it.
     */
    TrackerSheet ofTheNight() {
        ofTheNight = true;
        return this;
    }

    /** Feeds the cell just written to the fingerprint, or only its place when it is of the night. */
    private void fingerprint(int column, int style, String text, Double number) {
        if (ofTheNight) {
            ofTheNight = false;
            fingerprint.ofTheNight(column);
        } else if (text != null) {
            fingerprint.text(column, style, text);
        } else if (number != null) {
            fingerprint.number(column, style, number);
        } else {
            fingerprint.blank(column, style);
        }
    }

    TrackerSheet text(String value) {
        return text(value, editable() ? styles.editableText : styles.text);
    }

    TrackerSheet wrapped(String value) {
        return text(value, editable() ? styles.editableWrapped : styles.wrapped);
    }

    TrackerSheet text(String value, CellStyle style) {
        int column = cellIndex++;
        if (value != null && !value.isEmpty()) {
            String text = cut(value);
            xml.text(column, style.getIndex() & 0xffff, text);
            fingerprint(column, style.getIndex() & 0xffff, text, null);
            fit(column, text);
        } else {
            xml.blank(column, style.getIndex() & 0xffff);
            fingerprint(column, style.getIndex() & 0xffff, null, null);
        }
        return this;
    }

    TrackerSheet date(LocalDate value) {
        return date(value, editable[cellIndex] ? styles.editableDate : styles.date);
    }

    /** A date in a style of its own: {@code styles.date} locks it in an editable column. */
    TrackerSheet date(LocalDate value, CellStyle cellStyle) {
        int column = cellIndex++;
        int style = cellStyle.getIndex() & 0xffff;
        if (value != null) {
            xml.number(column, style, excelDate(value));
            fingerprint(column, style, null, excelDate(value));
        } else {
            xml.blank(column, style);
            fingerprint(column, style, null, null);
        }
        fit(column, DATE_WIDTH);
        return this;
    }

    /** A whole number, or an empty cell for null. */
    TrackerSheet number(Long value) {
        int column = cellIndex++;
        int style = styles.number.getIndex() & 0xffff;
        if (value != null) {
            xml.number(column, style, value.longValue());
            fingerprint(column, style, null, value.doubleValue());
            fit(column, digits(value));
        } else {
            xml.blank(column, style);
            fingerprint(column, style, null, null);
        }
        return this;
    }

    /** A link to a web page, http or https only; an empty cell for anything else. */
    TrackerSheet webLink(String url, String label) {
        return link(url, label, true);
    }

    /** A link to a file relative to the workbook's folder. */
    TrackerSheet fileLink(String path, String label) {
        return link(path, label, false);
    }

    private TrackerSheet link(String target, String label, boolean web) {
        int column = cellIndex++;
        LastLink last = lastLinks[column] == null ? lastLinks[column] = new LastLink() : lastLinks[column];
        int style = styles.link.getIndex() & 0xffff;
        // rows of one readout link to the same page and memo: check and build the formula once for them in a column
        if (!Objects.equals(target, last.target) || !Objects.equals(label, last.label)) {
            String address = linkable(target, web);
            last.target = target;
            last.label = label;
            last.formula = address == null ? null
                    : "HYPERLINK(\"" + address + "\",\"" + label.replace("\"", "\"\"") + "\")";
        }
        if (last.formula != null) {
            xml.formula(column, style, last.formula);
            fingerprint(column, style, last.formula, null);
            fit(column, label);
        } else {
            xml.blank(column, style);
            fingerprint(column, style, null, null);
        }
        return this;
    }

    /** The link formula last built for a column of links, and what it was built from. */
    private static final class LastLink {
        String target;
        String label;
        String formula;
    }

    private boolean editable() {
        return editable[cellIndex];
    }

    /** The Excel serial number of a date (1900 date system), as POI would store it. */
    static double excelDate(LocalDate date) {
        if (date.isAfter(LAST_LEAP_BUG_DAY) && date.getYear() <= 9999) {
            return date.toEpochDay() - EXCEL_EPOCH_DAY;
        }
        return DateUtil.getExcelDate(date.atStartOfDay());
    }

    private void fit(int column, String text) {
        if (widths[column] >= maxWidths[column]) {
            return; // already as wide as the column may be
        }
        int longest = 0;
        int start = 0;
        for (int end = text.indexOf('\n'); start <= text.length(); end = text.indexOf('\n', start)) {
            longest = Math.max(longest, (end < 0 ? text.length() : end) - start);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        fit(column, longest + 1);
    }

    private void fit(int column, int width) {
        widths[column] = Math.max(widths[column], Math.min(maxWidths[column], width));
    }

    private static int digits(long value) {
        return Long.toString(value).length() + 1;
    }

    /** Table, validations, highlights, widths and protection of the sheet being written; call after the last row. */
    void finish() {
        endRow();
        finishSheet();
    }

    long dataRows() {
        return dataRows;
    }

    private void finishSheet() {
        xml.finish();
        int lastRow = Math.max(1, rowIndex - 1); // a table needs a data row, even an empty one
        int lastColumn = columns.size() - 1;
        for (int i = 0; i <= lastColumn; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        XSSFSheet xssf = workbook.poi().getXSSFWorkbook().getSheet(sheet.getSheetName());
        xssf.setDimensionOverride(new CellRangeAddress(0, rowIndex - 1, 0, lastColumn));
        table(xssf, lastRow, lastColumn);
        validations(lastRow);
        highlights(lastRow, lastColumn);
        if (protectionPassword.isEmpty()) {
            xssf.enableLocking();
        } else {
            xssf.protectSheet(protectionPassword);
        }
        // protection guards the generated cells, not filtering, sorting or resizing
        xssf.lockAutoFilter(false);
        xssf.lockSort(false);
        xssf.lockFormatColumns(false);
        xssf.lockFormatRows(false);
        xssf.lockSelectLockedCells(false);
        xssf.lockSelectUnlockedCells(false);
    }

    private void table(XSSFSheet xssf, int lastRow, int lastColumn) {
        XSSFTable table = xssf.createTable(new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow, lastColumn), SpreadsheetVersion.EXCEL2007));
        String tableName = name.replaceAll("[^A-Za-z0-9]", "") + (part == 1 ? "" : "_" + part);
        table.setName(tableName);
        table.setDisplayName(tableName);
        CTTable ct = table.getCTTable();
        // the header cells were streamed to disk, so POI cannot read the names from them
        for (int i = 0; i <= lastColumn; i++) {
            ct.getTableColumns().getTableColumnArray(i).setName(columns.get(i).header());
        }
        String ref = new CellRangeAddress(0, lastRow, 0, lastColumn).formatAsString();
        (ct.isSetAutoFilter() ? ct.getAutoFilter() : ct.addNewAutoFilter()).setRef(ref);
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
    }

    private void validations(int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            DataValidationConstraint constraint;
            String message;
            if (column.entry() == Entry.CHOICE) {
                constraint = helper.createExplicitListConstraint(column.choices().toArray(String[]::new));
                message = "Pick one of: " + String.join(", ", column.choices());
            } else if (column.entry() == Entry.DATE) {
                constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "DATE(1900,1,1)", "DATE(9999,12,31)", "yyyy-mm-dd");
                message = "Type a date, e.g. 2026-12-31";
            } else {
                continue;
            }
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, i, i));
            validation.setShowErrorBox(true);
            validation.setEmptyCellAllowed(true);
            validation.createErrorBox(column.header(), message);
            sheet.addValidationData(validation);
        }
    }

    private void highlights(int lastRow, int lastColumn) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] rows = {new CellRangeAddress(1, lastRow, 0, lastColumn)};
        for (Highlight highlight : highlights) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula(highlight.formula()));
            rule.createPatternFormatting().setFillBackgroundColor(highlight.fill().getIndex());
            formatting.addConditionalFormatting(rows, rule);
        }
    }

    /** Replaces each {Header} by that column's cell in the first data row, column fixed, row relative. */
    private String formula(String template) {
        String formula = template;
        for (int i = 0; i < columns.size(); i++) {
            formula = formula.replace("{" + columns.get(i).header() + "}", "$" + CellReference.convertNumToColString(i) + "2");
        }
        return formula;
    }

    /** The address a HYPERLINK may carry, or null: an http(s) URL or a relative path, quote-free, short. */
    static String linkable(String target, boolean web) {
        if (target == null || target.isBlank() || target.length() > MAX_LINK) {
            return null;
        }
        try {
            URI uri = new URI(target.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean ok = web ? ("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null
                    : scheme == null && uri.getPath() != null && !uri.getPath().startsWith("/")
                    && !uri.getPath().contains("..");
            // a parsed URI holds no quote or control character, so the address cannot end the formula's string
            return ok ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String cut(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        return value.substring(0, MAX_CELL_TEXT - CUT_MARKER.length()) + CUT_MARKER;
    }
}
