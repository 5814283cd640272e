package org.readoutbriefings.tracker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/**
 * Commitment rows in memory, shaped like {@link TrackerBenchmark}'s database (ten commitments per readout,
 * ten partner countries, texts of about 150 characters, every third with a due date), and the production
 * path that writes them as the Commitments sheet of a tracker workbook, without a database. For the JMH
 * benchmarks in {@code org.readoutbriefings.bench}.
 */
public final class TrackerRowsFixture {

    public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 27);
    private static final String[] PARTNERS = {"US", "AU", "IN", "KR", "GB", "FR", "DE", "VN", "PH", "CA"};
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    /** One commitment row's values, as the sheet shows them. */
    public record Row(String id, LocalDate date, String partner, String topic, String text, String source,
                      String sourceUrl, String memoCountry, String status, LocalDate due, LocalDate lastMentioned) {
    }

    private final int count;
    private final String[] partnerNames = new String[PARTNERS.length];
    private final String topic;

    public TrackerRowsFixture(int count) {
        this.count = count;
        CountryDirectory countries = CountryDirectory.builtIn();
        for (int i = 0; i < PARTNERS.length; i++) {
            partnerNames[i] = countries.name(PARTNERS[i]);
        }
        topic = TopicTaxonomy.builtIn().label("trade");
    }

    public int count() {
        return count;
    }

    /**
     * Makes the rows one at a time, as a query would hand them over: a 64 MB heap could not hold
     * 100,000 of them at once beside the writer.
     */
    public void forEach(Consumer<Row> rows) {
        for (int i = 1; i <= count; i++) {
            int readout = (i - 1) / 10 + 1;
            int partner = readout % PARTNERS.length;
            LocalDate date = RUN_DATE.minusDays(readout % 3000);
            rows.accept(new Row("c-" + i, date, partnerNames[partner], topic, "Commitment " + i + ": the two sides"
                    + " agreed to continue close cooperation on supply chains, energy security and the rule of law in"
                    + " the region.", "Benchmark meeting number " + readout, "https://example.org/readouts/" + readout,
                    PARTNERS[partner], TrackingStatus.OPEN.label(), i % 3 == 0 ? DUE : null, date));
        }
    }

    /** Writes the rows as the tracker's Commitments sheet (the production code, no database); returns the rows. */
    public long writeCommitments(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); TrackerWorkbook workbook = new TrackerWorkbook()) {
            workbook.poi().setForceFormulaRecalculation(true);
            ItemsSheet sheet = new ItemsSheet(workbook, new TrackerStyles(workbook.poi()), TrackedKind.COMMITMENT,
                    new TrackerSettings(0, "", 180, TrackerSettings.EXCEL_MAX_ROWS), RUN_DATE);
            forEach(row -> sheet.write(new ItemsSheet.Item(row.id(), row.date(), row.partner(), row.topic(),
                    row.text(), null, row.source(), row.sourceUrl(), row.memoCountry(), TrackingStatus.OPEN, null,
                    row.due(), null, null, row.lastMentioned(), null, null, null)));
            long written = sheet.finish();
            workbook.write(out);
            return written;
        }
    }
}
