package org.readoutbriefings.memo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;

/**
 * The fonts shipped with the application (see {@code fonts/README.md}), registered with every memo so each
 * PDF embeds the subset it uses. Templates pick them by family name; Droid Sans Fallback supplies the
 * Chinese and Japanese glyphs the DejaVu families lack, NanumSquare the Korean syllables Droid Sans
 * Fallback lacks, the Noto Sans faces Thai, Lao, Khmer, Myanmar, Tamil and Sinhala.
 * <p>
 * Parsing a font file is most of the cost of a memo when it is done per memo (the cmap of Droid Sans
 * Fallback alone maps tens of thousands of characters), so each font is parsed once per rendering thread
 * and the parsed {@link TrueTypeFont} is embedded into every memo that thread renders
 * ({@link PDType0Font#load(PDDocument, TrueTypeFont, boolean)}, subset at save). Once per thread rather
 * than once per process because a {@code TrueTypeFont} reads its tables lazily from one shared position in
 * its data: two threads reading at once could read each other's bytes. A set costs about 30 MB of heap,
 * and a run renders on a couple of threads.
 * <p>
 * Font metrics (ascent, descent, line positions of each family, weight and style) go into one cache shared
 * by all memos, so the fallback fonts are not even embedded-and-measured in a memo that never needs one
 * of their glyphs.
 */
final class MemoFonts {

    private record Face(String family, int weight, FontStyle style, String file, byte[] data) {
    }

    private final List<Face> faces;
    /** This thread's parsed fonts, in the order of {@link #faces}; each parsed when first needed. */
    private final ThreadLocal<TrueTypeFont[]> parsed;
    private final FSCacheEx<String, FSCacheValue> metrics = new MetricsCache();

    MemoFonts() {
        faces = List.of(
                face("DejaVu Serif", 400, FontStyle.NORMAL, "DejaVuSerif.ttf"),
                face("DejaVu Serif", 700, FontStyle.NORMAL, "DejaVuSerif-Bold.ttf"),
                face("DejaVu Serif", 400, FontStyle.ITALIC, "DejaVuSerif-Italic.ttf"),
                face("DejaVu Sans", 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
                face("DejaVu Sans", 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"),
                face("DejaVu Sans", 400, FontStyle.ITALIC, "DejaVuSans-Oblique.ttf"),
                face("DejaVu Sans Mono", 400, FontStyle.NORMAL, "DejaVuSansMono.ttf"),
                face("Droid Sans Fallback", 400, FontStyle.NORMAL, "DroidSansFallbackFull.ttf"),
                face("NanumSquare", 400, FontStyle.NORMAL, "NanumSquareR.ttf"),
                // readouts in the scripts of South and South-East Asia quote titles and names in them; not Devanagari
                // or Bengali, whose conjuncts PDFBox's shaping writes as glyphs with no Unicode, which PDF/A forbids
                face("Noto Sans Thai", 400, FontStyle.NORMAL, "NotoSansThai-Regular.ttf"),
                face("Noto Sans Lao", 400, FontStyle.NORMAL, "NotoSansLao-Regular.ttf"),
                face("Noto Sans Khmer", 400, FontStyle.NORMAL, "NotoSansKhmer-Regular.ttf"),
                face("Noto Sans Myanmar", 400, FontStyle.NORMAL, "NotoSansMyanmar-Regular.ttf"),
                face("Noto Sans Tamil", 400, FontStyle.NORMAL, "NotoSansTamil-Regular.ttf"),
                face("Noto Sans Sinhala", 400, FontStyle.NORMAL, "NotoSansSinhala-Regular.ttf"));
        parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[faces.size()]);
    }

    /**
     * Registers every face with a memo being built into {@code document}: a face is embedded in it when
     * the layout first needs that face's glyphs or metrics.
     */
    void registerWith(PdfRendererBuilder builder, PDDocument document) {
        TrueTypeFont[] fonts = parsed.get();
        for (int i = 0; i < faces.size(); i++) {
            Face face = faces.get(i);
            int index = i;
            builder.useFont(new PDFontSupplier(null) {
                private PDFont font;

                @Override
                public PDFont supply() {
                    if (font == null) {
                        try {
                            font = PDType0Font.load(document, font(fonts, index), true);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot embed font " + face.file(), e);
                        }
                    }
                    return font;
                }
            }, face.family(), face.weight(), face.style(), true);
        }
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
    }

    private TrueTypeFont font(TrueTypeFont[] fonts, int index) throws IOException {
        if (fonts[index] == null) {
            // the parser copies the bytes it reads; the face's array stays shared and untouched
            fonts[index] = new TTFParser().parse(new RandomAccessReadBuffer(faces.get(index).data()));
        }
        return fonts[index];
    }

    private static Face face(String family, int weight, FontStyle style, String file) {
        try (InputStream in = MemoFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the application");
            }
            return new Face(family, weight, style, file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    /** openhtmltopdf's font metrics cache, shared across threads: a handful of entries, never evicted. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot compute " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
