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
 * Why hand-written rather than a library's rows (issue 19, measured at job level, docs/benchmarks.md): the
 * whole tracker step on a first night at 100,000 all-prose readouts (662,603 rows), each writer on a copy of
 * one database, interleaved, medians of three (2026-12-06, load 3.3 to 7.2): on PostgreSQL 35.6 s with this
 * writer, 65.9 s with POI's SXSSF rows, 1.85 times, past the 1.5 times the issue asks of hand-written format
 * code (round by round 1.85, 1.48 and 1.15 times: less under more load); on H2 79.2 s against 100.2 s (1.27
 * times: H2's page reads are most of the step there). SXSSF writes
 * and deflates on the one thread, through a 690 MB uncompressed temporary file; this writer deflates on a
 * second thread as the rows come. fastexcel writes no chart, so it cannot write this workbook; writing only
 * the same rows and styles it took 64.6 s on PostgreSQL and 119.7 s on H2. Either library would also have made
 * the step slower than it is, which issue 19 does not allow. The other writers' code is commit 863e435.
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
    SheetXml rows(SXSSFSheet sheet, int columns) throws IOException {
        DeflatedPart part = new DeflatedPart(tempFolder, level, deflating);
        parts.add(part);
        rows.put(workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()), part);
        return new SheetXml(part, columns);
    }

    /** Writes the workbook; every sheet's rows must have been finished. */
    void write(OutputStream out) throws IOException {
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
        protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
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
