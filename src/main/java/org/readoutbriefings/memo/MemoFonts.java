package org.readoutbriefings.memo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts shipped with the application (see {@code fonts/README.md}), read once and registered with
 * every memo so each PDF embeds the subset it uses. Templates pick them by family name; Droid Sans
 * Fallback supplies the Chinese and Japanese glyphs the DejaVu families lack, NanumSquare the Korean
 * syllables Droid Sans Fallback lacks.
 */
final class MemoFonts {

    private record Face(String family, int weight, FontStyle style, byte[] data) {
    }

    private final List<Face> faces;

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
                face("NanumSquare", 400, FontStyle.NORMAL, "NanumSquareR.ttf"));
    }

    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.data()), face.family(), face.weight(), face.style(), true);
        }
    }

    private static Face face(String family, int weight, FontStyle style, String file) {
        try (InputStream in = MemoFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the application");
            }
            return new Face(family, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
