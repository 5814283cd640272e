package org.readoutbriefings.tracker;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The tracker workbook: POI (SXSSF over XSSF) holds everything but the rows (styles, tables,
 * validations, highlights, protection, the chart), and each sheet's rows are written as XML by
 * {@link SheetXml} and compressed as they come ({@link DeflatedPart}), on a second thread. Writing the
 * workbook copies POI's parts and puts each sheet's compressed rows between the start and the end of its
 * worksheet part, as they are: the rows are compressed once, and the heap holds a few chunks of them.
 * <p>
 * Why hand-written rather than POI's SXSSF rows: so far only a micro-benchmark says so (TrackerRowsBenchmark,
 * docs/benchmarks.md: 124,000-149,000 rows/s against SXSSF's few thousand, in 64 MB). The job-level
 * comparison (the tracker step at 100,000 readouts with each writer, issue 19) has not been made yet; until
 * it shows the step at least 1.5 times faster with this writer, it is a candidate for removal.
 */
final class TrackerWorkbook implements Closeable {

    /**
     * Deflate level of the sheet rows and the other parts. Level 1 (zlib's fastest) compresses the row XML
     * about 12:1 at several times the speed of the default level 6 (16:1), as measured when the writer was written (the figures are in docs/benchmarks.md's git history).
     */
    static final int LEVEL = 1;

    private final Poi workbook;
    private final int level;
    private final ExecutorService deflating;
    private final Path tempFolder;
    private final Map<XSSFSheet, DeflatedPart> rows = new HashMap<>();
    private final List<DeflatedPart> parts = new ArrayList<>();
    private final ContentFingerprint fingerprint = new ContentFingerprint();
    /** Measuring only (issue 19): which writer writes the rows, xml (ours), sxssf or fastexcel. */
    static final String WRITER = System.getProperty("briefings.tracker.writer", "xml");
    private final org.dhatim.fastexcel.Workbook fastexcel;
    private final java.io.OutputStream fastexcelOut;

    TrackerWorkbook() throws IOException {
        this(LEVEL, true);
    }

    /**
     * @param level      deflate level, 1 to 9
     * @param background whether to deflate on a thread of its own while the rows are produced
     */
    TrackerWorkbook(int level, boolean background) throws IOException {
        this.level = level;
        this.tempFolder = TempFile.createTempDirectory("tracker").toPath();
        this.workbook = new Poi(level);
        if (WRITER.equals("fastexcel")) {
            fastexcelOut = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(tempFolder.resolve("fastexcel.xlsx")));
            fastexcel = new org.dhatim.fastexcel.Workbook(fastexcelOut, "Readout Briefings", "1.0");
            fastexcel.setCompressionLevel(level);
        } else {
            fastexcelOut = null;
            fastexcel = null;
        }
        // the dimension of each sheet is set from the rows written here, which POI does not see
        workbook.setShouldCalculateSheetDimensions(false);
        this.deflating = background ? Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "tracker-deflate");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    SXSSFWorkbook poi() {
        return workbook;
    }

    /** What the workbook shows, fed by its sheets as they are written. */
    ContentFingerprint fingerprint() {
        return fingerprint;
    }

    /** The writer of a new sheet's rows, whose compressed bytes replace the sheet's (empty) POI rows. */
    SheetRows rows(SXSSFSheet sheet, int columns) throws IOException {
        if (WRITER.equals("sxssf")) {
            return new SxssfRows(sheet, workbook);
        }
        if (WRITER.equals("fastexcel")) {
            return new FastexcelRows(fastexcel.newWorksheet(sheet.getSheetName()), workbook.getXSSFWorkbook());
        }
        DeflatedPart part = new DeflatedPart(tempFolder, level, deflating);
        parts.add(part);
        rows.put(workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()), part);
        return new SheetXml(part, columns);
    }

    /** Writes the workbook; every sheet's rows must have been finished. */
    void write(OutputStream out) throws IOException {
        if (fastexcel != null) {
            fastexcel.finish();
            fastexcelOut.close();
        }
        workbook.write(out);
    }

    /** Removes the temporary files and stops the deflating thread. */
    @Override
    public void close() throws IOException {
        try {
            if (deflating != null) {
                deflating.shutdownNow();
            }
            for (DeflatedPart part : parts) {
                part.close();
            }
            if (fastexcelOut != null) {
                fastexcelOut.close();
                java.nio.file.Files.deleteIfExists(tempFolder.resolve("fastexcel.xlsx"));
            }
            java.nio.file.Files.deleteIfExists(tempFolder);
        } finally {
            try {
                workbook.close();
            } finally {
                workbook.dispose();
            }
        }
    }

    /** POI's streaming workbook with its zip writing replaced. */
    private final class Poi extends SXSSFWorkbook {

        private final int level;

        Poi(int level) {
            super(null, 2, false, false);
            this.level = level;
        }

        /**
         * POI's template (the workbook with empty sheets) becomes the zip; a worksheet with rows of ours is a
         * raw entry: its start, up to {@code <sheetData/>}, and its end deflated here, the rows as they were
         * compressed. Zip64 only where an entry needs it.
         */
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(level);
            return zip;
        }

        @Override
        protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
            if (!WRITER.equals("xml")) {
                super.injectData(source, out);
                return;
            }
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            zip.setLevel(level);
            try {
                Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
                while (entries.hasMoreElements()) {
                    ZipArchiveEntry template = entries.nextElement();
                    XSSFSheet sheet = getSheetFromZipEntryName(template.getName());
                    DeflatedPart part = sheet == null ? null : rows.get(sheet);
                    try (InputStream in = source.getInputStream(template)) {
                        if (in instanceof ZipArchiveThresholdInputStream guarded) {
                            // our own template: no zip bomb, and its parts may compress well (as POI does here)
                            guarded.setGuardState(false);
                        }
                        if (part == null) {
                            ZipArchiveEntry entry = new ZipArchiveEntry(template.getName());
                            if (template.getTime() >= 0) {
                                entry.setTime(template.getTime());
                            }
                            zip.putArchiveEntry(entry);
                            IOUtils.copy(in, zip);
                            zip.closeArchiveEntry();
                        } else {
                            withRows(zip, template, in, part);
                        }
                    }
                }
            } finally {
                zip.finish();
                source.close();
            }
        }

        private void withRows(ZipArchiveOutputStream zip, ZipArchiveEntry template, InputStream in, DeflatedPart part)
                throws IOException {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String empty = "<sheetData/>";
            int at = xml.indexOf(empty);
            if (at < 0) {
                throw new IllegalStateException(template.getName() + " has rows POI wrote: " + xml.length() + " chars");
            }
            DeflatedPart.Entry raw = part.entry(xml.substring(0, at).getBytes(StandardCharsets.UTF_8),
                    xml.substring(at + empty.length()).getBytes(StandardCharsets.UTF_8), level);
            ZipArchiveEntry entry = new ZipArchiveEntry(template.getName());
            if (template.getTime() >= 0) {
                entry.setTime(template.getTime());
            }
            entry.setMethod(ZipEntry.DEFLATED);
            entry.setSize(raw.size());
            entry.setCompressedSize(raw.compressedSize());
            entry.setCrc(raw.crc());
            try (InputStream data = raw.open()) {
                zip.addRawArchiveEntry(entry, data);
            }
        }
    }
}
