package org.readoutbriefings.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.readoutbriefings.memo.MemoRenderer;

/**
 * The lower bound for {@link MemoRenderBenchmark}: the same memo's text drawn with plain PDFBox calls, no
 * layout engine. The text of each page of the production memo is taken once in setup, and each
 * invocation draws it onto as many A4 pages with greedy line breaking at the text width: DejaVu Serif
 * parsed once (per thread) and embedded as a subset, with Droid Sans Fallback then NanumSquare for the
 * characters DejaVu lacks, as in the memo. No tags, no PDF/A metadata, no tables, chart or outline: what
 * is left is the cost of fonts, text and saving, which any PDF of these pages pays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PlainPdfBoxMemoBenchmark {

    private static final float MARGIN = 51; // 18 mm, as the memo's side margins
    private static final float TOP = 68;    // 24 mm
    private static final float SIZE = 10;
    private static final float LEADING = 13.5f;

    /** The text of each page of the production memo, line by line. */
    private List<List<String>> pages;
    /** DejaVu Serif, then the fallbacks, parsed once for this thread. */
    private TrueTypeFont[] fonts;
    private CmapLookup[] cmaps;

    @Setup
    public void setUp() throws IOException {
        MemoRenderer renderer = new MemoRenderer(Path.of("templates"));
        pages = new ArrayList<>();
        try (PDDocument memo = Loader.loadPDF(renderer.pdf(MemoBenchSample.countryMemo()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= memo.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = new ArrayList<>();
                for (String line : stripper.getText(memo).split("\\R")) {
                    lines.add(line.replaceAll("\\p{Cntrl}", " ").strip());
                }
                pages.add(lines);
            }
        }
        fonts = new TrueTypeFont[]{parse("DejaVuSerif.ttf"), parse("DroidSansFallbackFull.ttf"), parse("NanumSquareR.ttf")};
        cmaps = new CmapLookup[fonts.length];
        for (int i = 0; i < fonts.length; i++) {
            cmaps[i] = fonts[i].getUnicodeCmapLookup();
        }
        System.out.println("\nplain PDFBox memo: " + pages.size() + " pages (pages/s = " + pages.size() + " x memos/s)");
    }

    private static TrueTypeFont parse(String file) throws IOException {
        try (InputStream in = PlainPdfBoxMemoBenchmark.class.getResourceAsStream("/fonts/" + file)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    @Benchmark
    public byte[] drawCountryMemo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PDType0Font[] embedded = new PDType0Font[fonts.length];
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float width = page.getMediaBox().getWidth() - 2 * MARGIN;
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setLeading(LEADING);
                    text.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - TOP);
                    for (String line : lines) {
                        for (String wrapped : wrap(document, embedded, line, width)) {
                            show(document, embedded, text, wrapped);
                            text.newLine();
                        }
                    }
                    text.endText();
                }
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    /** Greedy line breaking at spaces: as many words as fit in {@code width}. */
    private List<String> wrap(PDDocument document, PDType0Font[] embedded, String line, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float used = 0;
        float space = width(document, embedded, " ");
        for (String word : line.split(" ")) {
            float w = width(document, embedded, word);
            if (current.length() > 0 && used + space + w > width) {
                lines.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            if (current.length() > 0) {
                current.append(' ');
                used += space;
            }
            current.append(word);
            used += w;
        }
        lines.add(current.toString());
        return lines;
    }

    private float width(PDDocument document, PDType0Font[] embedded, String s) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font font = font(document, embedded, cp);
            w += font.getStringWidth(new String(Character.toChars(cp))) / 1000 * SIZE;
        }
        return w;
    }

    /** Draws a line as runs of one font each: DejaVu Serif where it has the glyph, else a fallback. */
    private void show(PDDocument document, PDType0Font[] embedded, PDPageContentStream text, String line) throws IOException {
        StringBuilder run = new StringBuilder();
        PDType0Font runFont = null;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font font = font(document, embedded, cp);
            if (font != runFont && run.length() > 0) {
                text.setFont(runFont, SIZE);
                text.showText(run.toString());
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            text.setFont(runFont, SIZE);
            text.showText(run.toString());
        }
    }

    private PDType0Font font(PDDocument document, PDType0Font[] embedded, int codePoint) throws IOException {
        for (int i = 0; i < fonts.length; i++) {
            if (cmaps[i].getGlyphId(codePoint) != 0 || i == fonts.length - 1) {
                if (embedded[i] == null) {
                    embedded[i] = PDType0Font.load(document, fonts[i], true);
                }
                return embedded[i];
            }
        }
        throw new IllegalStateException();
    }
}
