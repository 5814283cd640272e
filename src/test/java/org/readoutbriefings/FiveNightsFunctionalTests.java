package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's "done when": five nights in a row on the sample input, with new readouts and tracker edits typed
 * with POI between them. After each night every memo is dated that night, has no empty section and says what a
 * fresh full run of that night says (a new database, the same input and the tracker as staff left it); a forced
 * rerun's digest is the first one of the day. The digest is not compared with the fresh run's: it lists what is
 * new since the previous night, and a fresh database has no previous night. Its sections (whose bookmarks are not
 * their headings) are not checked for emptiness here: each says "None." when it has nothing.
 */
class FiveNightsFunctionalTests {

    private static final DateTimeFormatter MEMO_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @TempDir
    Path folder;

    @Test
    void everyMemoIsTheNightsAndAgreesWithAFreshRunOfIt() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        try (Stream<Path> samples = Files.list(Path.of("input"))) {
            for (Path f : samples.toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        Path output = folder.resolve("output");
        BriefingsRun briefings = new BriefingsRun(folder);
        LocalDate first = LocalDate.of(2026, 12, 1);
        for (int night = 0; night < 5; night++) {
            LocalDate day = first.plusDays(night);
            Files.writeString(input.resolve("night-" + night + ".jsonl"), newReadouts(night, day.minusDays(1)));
            Path saved = folder.resolve("tracker-before-" + day + ".xlsx");
            if (Files.exists(output.resolve("tracker.xlsx"))) {
                editTracker(output.resolve("tracker.xlsx"), night);
                Files.copy(output.resolve("tracker.xlsx"), saved);
            }
            BriefingsRun.Result run = briefings.run(input, output, day.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();

            Map<String, String> memos = memoTexts(output);
            assertThat(memos).isNotEmpty();
            memos.forEach((memo, text) -> assertThat(text).as(memo).contains("DATE: " + MEMO_DATE.format(day)));
            for (Path pdf : memoFiles(output)) {
                assertNoEmptySection(pdf);
            }

            String digest = text(output.resolve("memos/digest-" + day + ".pdf"));
            BriefingsRun.Result forced = briefings.run(input, output, day.toString(), "--force");
            assertThat(forced.exitCode()).as(forced.err()).isZero();
            assertThat(text(output.resolve("memos/digest-" + day + ".pdf"))).as("forced digest of " + day).isEqualTo(digest);

            Path fresh = Files.createDirectories(folder.resolve("fresh-" + day));
            Path freshOutput = Files.createDirectories(fresh.resolve("output"));
            if (Files.exists(saved)) {
                Files.copy(saved, freshOutput.resolve("tracker.xlsx"));
            }
            BriefingsRun.Result freshRun = new BriefingsRun(fresh).run(input, freshOutput, day.toString());
            assertThat(freshRun.exitCode()).as(freshRun.err()).isZero();
            assertThat(memoTexts(freshOutput)).as("memos of " + day + " against a fresh run").isEqualTo(memoTexts(output));
        }
        // what the nights built up: the follow-up of night 0 held on night 2, its commitment said again, in the memo
        String australia = text(output.resolve("memos/country/AU.pdf"));
        assertThat(australia).contains("Open; likely").contains("fulfilled [1]")
                .contains("Western Australia.” [2] (by Australia, Japan; marked Done by J. Tanaka) Reaffirmed [1].");
        // staff's edit of the Evidence column was not kept: the column is the job's
        try (XSSFWorkbook workbook = open(output.resolve("tracker.xlsx"))) {
            assertThat(column(workbook.getSheet("Commitments"), "Evidence")).doesNotContain("typed by staff")
                    .anyMatch(e -> e.startsWith("Reaffirmed 2026-12-02: Japan-Australia Economic Policy Dialogue"));
            assertThat(column(workbook.getSheet("Follow-ups"), "Evidence"))
                    .anyMatch(e -> e.startsWith("Likely fulfilled 2026-12-02: Japan-Australia Economic Policy Dialogue"));
        }
    }

    /** The night's new readouts: Australia's meeting announces a dialogue and a commitment, held and said again two nights on. */
    private static String newReadouts(int night, LocalDate held) {
        List<String> lines = new ArrayList<>();
        String[] partners = {"AU", "IN", "KR", "PH", "FR"};
        String[] names = {"Australia", "India", "ROK", "Philippines", "France"};
        String partner = partners[night];
        if (night == 0) {
            lines.add("{\"id\": \"night-au-1\", \"title\": \"Japan-Australia Foreign Ministers' Meeting\", \"meetingDate\": \"" + held + "\","
                    + " \"countries\": [\"JP\", \"AU\"], \"commitments\": [{\"text\": \"The ministers agreed to build resilient"
                    + " supply chains for critical minerals processing in Western Australia.\", \"topic\": \"economic-security\"}],"
                    + " \"followUps\": [{\"text\": \"They agreed to hold the next Economic Policy Dialogue in Canberra by February.\","
                    + " \"topic\": \"economic-security\", \"dueDate\": \"2027-02-28\"}]}");
        } else if (night == 2) {
            lines.add("{\"id\": \"night-au-2\", \"title\": \"Japan-Australia Economic Policy Dialogue\", \"meetingDate\": \"" + held + "\","
                    + " \"countries\": [\"JP\", \"AU\"], \"commitments\": [{\"text\": \"The two sides reaffirmed resilient critical"
                    + " minerals supply chains and processing capacity in Western Australia.\", \"topic\": \"economic-security\"}]}");
        } else {
            lines.add("{\"id\": \"night-" + partner + "\", \"title\": \"Japan-" + names[night] + " Foreign Ministers' Telephone Talk\","
                    + " \"meetingDate\": \"" + held + "\", \"countries\": [\"JP\", \"" + partner + "\"], \"body\": \"The two ministers"
                    + " discussed regional security and the economy. They agreed to deepen cooperation on maritime security.\","
                    + " \"commitments\": [\"They agreed to deepen cooperation on maritime security in the Indo-Pacific.\"]}");
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * Staff's edits of a night, typed with POI as Excel would: a commitment marked Done, an owner, a follow-up's
     * due date moved, and a value typed into the Evidence column, which is the job's and must not be kept.
     */
    private static void editTracker(Path tracker, int night) throws IOException {
        try (XSSFWorkbook workbook = open(tracker)) {
            Sheet commitments = workbook.getSheet("Commitments");
            Sheet followUps = workbook.getSheet("Follow-ups");
            switch (night) {
                case 1 -> set(commitments, 1, "Status", "Done");
                case 2 -> set(commitments, 2, "Owner", "J. Tanaka");
                case 3 -> set(followUps, 1, "Due date", LocalDate.of(2027, 1, 15));
                default -> set(commitments, 3, "Notes", "asked the embassy");
            }
            set(commitments, 4, "Evidence", "typed by staff");
            try (OutputStream out = Files.newOutputStream(tracker)) {
                workbook.write(out);
            }
        }
    }

    /** Types a value into a data row's cell, as Excel would: a new cell with the old one's style. */
    private static void set(Sheet sheet, int row, String header, Object value) {
        Row r = sheet.getRow(row);
        int column = headers(sheet).get(header);
        CellStyle style = r.getCell(column) == null ? null : r.getCell(column).getCellStyle();
        Cell cell = r.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue((String) value);
        }
    }

    private static Map<String, Integer> headers(Sheet sheet) {
        Map<String, Integer> headers = new HashMap<>();
        sheet.getRow(0).forEach(c -> headers.put(c.getStringCellValue(), c.getColumnIndex()));
        return headers;
    }

    private static List<String> column(Sheet sheet, String header) {
        int column = headers(sheet).get(header);
        List<String> values = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        sheet.forEach(r -> values.add(shown.formatCellValue(r.getCell(column))));
        return values;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<Path> memoFiles(Path output) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String kind : List.of("country", "topic")) {
            try (Stream<Path> memos = Files.list(output.resolve("memos").resolve(kind))) {
                files.addAll(memos.filter(p -> p.toString().endsWith(".pdf")).sorted().toList());
            }
        }
        return files;
    }

    /** Every country and topic memo's text, by its path under memos/. */
    private static Map<String, String> memoTexts(Path output) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Path pdf : memoFiles(output)) {
            texts.put(output.resolve("memos").relativize(pdf).toString(), text(pdf));
        }
        return texts;
    }

    /** Each section the memo's bookmarks name has text under its heading before the next one. */
    private static void assertNoEmptySection(Path pdf) throws IOException {
        List<String> headings = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            collect(document.getDocumentCatalog().getDocumentOutline(), headings);
        }
        String text = text(pdf);
        int at = 0;
        List<int[]> spans = new ArrayList<>();
        for (String heading : headings) {
            int found = text.indexOf(heading, at);
            assertThat(found).as(pdf.getFileName() + ": heading " + heading).isGreaterThanOrEqualTo(0);
            spans.add(new int[]{found, found + heading.length()});
            at = found + heading.length();
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            String under = text.substring(spans.get(i)[1], end).replaceAll("\\(\\d+ [^)]*\\)", "").strip();
            // a heading directly over its first sub-heading (a group of commitments) has that to show
            boolean parent = i + 1 < spans.size() && spans.get(i)[1] + 1 >= spans.get(i + 1)[0];
            assertThat(parent || !under.isEmpty()).as(pdf.getFileName() + ": section " + headings.get(i) + " is empty").isTrue();
        }
    }

    private static void collect(PDOutlineNode node, List<String> headings) {
        if (node == null) {
            return;
        }
        node.children().forEach(item -> {
            headings.add(item.getTitle());
            collect(item, headings);
        });
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
