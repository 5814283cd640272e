package org.readoutbriefings.memo;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.util.ThreadCtx;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

/**
 * Renders a memo: the Thymeleaf template {@code <kind>-memo.html} of the templates folder fills in a
 * {@link MemoContent} (escaping all readout text), and openhtmltopdf lays the resulting XHTML out as PDF.
 * Rendering may load files from the templates folder only (style sheets, images, fonts): any other
 * address, local or remote, is refused, so nothing named by input is ever fetched.
 * <p>
 * Memos are archived and read with screen readers, so every PDF is tagged (PDF/UA-1) and claims
 * PDF/A-2a: embedded fonts, an sRGB output intent, XMP metadata and the structure tree.
 * <p>
 * One renderer serves the whole run and may render on several threads at once (the memo step does): the
 * template engine is thread-safe, each memo has its own PDF document and layout, and each thread its own
 * parsed fonts ({@link MemoFonts}).
 */
public class MemoRenderer {

    /** The conformance every memo claims; the tests validate against it. */
    public static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;

    private final TemplateEngine engine;
    private final Path templates;
    private final MemoFonts fonts = new MemoFonts();
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();

    public MemoRenderer(Path templatesFolder) {
        RendererLog.install();
        this.templates = templatesFolder.toAbsolutePath().normalize();
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        drawers.registerDrawer(EngagementChart.TYPE, new EngagementChart());
    }

    /**
     * Checks every template before the run starts: each file must be well-formed XHTML (the PDF layout
     * parses it as XML, and Thymeleaf's HTML parser forgives a tag left open), and filling it with sample
     * content must evaluate every expression. A broken template throws {@link MemoTemplateException}
     * naming the template, the line and the reason.
     */
    public void checkTemplates() {
        try (Stream<Path> files = Files.list(templates)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                checkWellFormed(file);
            }
        } catch (IOException e) {
            throw new MemoTemplateException("cannot read the templates folder " + templates + ": " + e.getMessage());
        }
        for (MemoContent sample : MemoSamples.all()) {
            try {
                html(sample);
            } catch (TemplateProcessingException e) {
                throw new MemoTemplateException(describe(e, sample.kind() + "-memo"));
            }
        }
    }

    private static void checkWellFormed(Path file) throws IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            // a template never needs a DTD or an external entity: load none
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.newSAXParser().parse(file.toFile(), new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
        } catch (SAXParseException e) {
            throw new MemoTemplateException("template " + file.getFileName() + " line " + e.getLineNumber() + ": "
                    + e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw new MemoTemplateException("template " + file.getFileName() + ": " + e.getMessage());
        }
    }

    private static String describe(TemplateProcessingException e, String fallbackTemplate) {
        String template = e.getTemplateName() == null ? fallbackTemplate
                : Path.of(e.getTemplateName()).getFileName().toString();
        String name = template.endsWith(".html") ? template : template + ".html";
        // Thymeleaf repeats where in its message; the innermost cause says what is wrong
        String reason = e.getMessage().replaceFirst("\\s*\\(template: .*\\)\\s*$", "");
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !reason.contains(root.getMessage())) {
            reason += ": " + root.getMessage();
        }
        return "template " + name + (e.getLine() == null ? "" : " line " + e.getLine()) + ": " + reason;
    }

    /** The filled-in XHTML of a memo. */
    public String html(MemoContent memo) {
        Context context = new Context();
        context.setVariable("memo", memo);
        return engine.process(memo.kind() + "-memo", context);
    }

    /** A memo written as PDF, with its number of pages. */
    public record Rendering(byte[] pdf, int pages) {
    }

    /** The memo as PDF ({@link #render}). */
    public byte[] pdf(MemoContent memo) {
        return render(memo).pdf();
    }

    /**
     * The memo as PDF. A memo whose last page would hold a line or two ({@link PageTail}) is laid out once more
     * with {@code memo-fit.css} (narrower top and bottom margins, tighter lines), then if need be with
     * {@code memo-fit-more.css} (also a smaller text), and the first layout that needs a page less is kept.
     * Layouts are judged before any is written: only the one kept becomes PDF (writing it is half the cost).
     */
    public Rendering render(MemoContent memo) {
        String html = html(memo);
        Layout kept = laidOut(html);
        try {
            if (kept.pages() > 1 && html.contains(HEAD_END) && PageTail.linesOnLastPage(kept.root()) <= PageTail.SHORT) {
                for (String style : FIT_STYLES) {
                    Layout fitted = laidOut(html.replace(HEAD_END, "<link rel=\"stylesheet\" type=\"text/css\" href=\""
                            + style + "\" />" + HEAD_END));
                    if (fitted.pages() < kept.pages()) {
                        kept.close();
                        kept = fitted;
                        break;
                    }
                    fitted.close();
                }
            }
            return kept.written(memo);
        } finally {
            kept.close();
        }
    }

    /** The memo laid out once, as its templates say, without the second layout a tail calls for. */
    byte[] laidOutOnce(MemoContent memo) {
        try (Layout layout = layOut(html(memo), 0)) {
            return layout.written(memo).pdf();
        }
    }

    private static final String HEAD_END = "</head>";
    /** The style sheets laid over memo.css for a memo with a short last page, the lighter first. */
    private static final List<String> FIT_STYLES = List.of("memo-fit.css", "memo-fit-more.css");
    /** How many stranded headings one layout may move over: each costs a layout, and a memo rarely has two. */
    private static final int MOST_HEADINGS_MOVED = 3;

    /** The memo laid out, and again with a page break before any heading the layout left at a page's foot. */
    private Layout laidOut(String html) {
        return layOut(html, MOST_HEADINGS_MOVED);
    }

    private Layout layOut(String html, int mostHeadingsMoved) {
        String laidOut = html;
        for (int moved = 0; ; moved++) {
            Layout layout = new Layout();
            try {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                // an Arabic or Hebrew title or name runs right to left, Arabic's letters joined
                builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
                builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
                builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
                builder.usePDDocument(layout.document);
                fonts.registerWith(builder, layout.document);
                builder.usePdfUaAccessibility(true);
                builder.usePdfAConformance(CONFORMANCE);
                builder.useColorProfile(srgb);
                builder.useObjectDrawerFactory(drawers);
                builder.withProducer("Readout Briefings");
                builder.withHtmlContent(laidOut, templates.toUri().toString());
                builder.useUriResolver(this::resolveInsideTemplates);
                builder.toStream(layout.out);
                layout.renderer = builder.buildPdfRenderer();
                layout.renderer.layout();
                Optional<String> withBreak = moved < mostHeadingsMoved
                        ? StrandedHeadings.breakBeforeFirst(laidOut, layout.root()) : Optional.empty();
                if (withBreak.isEmpty()) {
                    return layout;
                }
                laidOut = withBreak.get();
                layout.close();
            } catch (RuntimeException e) {
                layout.close();
                throw e;
            }
        }
    }

    /** A memo laid out in pages and not yet written: its document stays open until it is written or given up. */
    private static final class Layout implements AutoCloseable {

        private final PDDocument document = new PDDocument();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        private PdfBoxRenderer renderer;

        BlockBox root() {
            return renderer.getRootBox();
        }

        int pages() {
            return root().getLayer().getPages().size();
        }

        Rendering written(MemoContent memo) {
            // openhtmltopdf keeps the renderer's context in a thread-local that building or closing another
            // renderer (a tighter layout tried and given up) replaces or clears; writing needs it back, or a char
            // no font draws fails on it ("SharedContext must be registered in renderer")
            ThreadCtx.get().setSharedContext(renderer.getSharedContext());
            try {
                renderer.createPDF(); // saves and closes the document
            } catch (IOException e) {
                throw new UncheckedIOException("cannot render the " + memo.kind() + " memo " + memo.subjectKey(), e);
            }
            return new Rendering(out.toByteArray(), pages());
        }

        @Override
        public void close() {
            // closing again after the renderer has saved the document is harmless; before, it frees a layout given up
            try (PDDocument ignored = document) {
                if (renderer != null) {
                    renderer.close();
                }
            } catch (IOException e) {
                // nothing written depends on it
            }
        }
    }

    /** openhtmltopdf's resolver hook: a file under the templates folder, or null (refused). */
    String resolveInsideTemplates(String base, String uri) {
        try {
            URI resolved = (base == null ? templates.toUri() : URI.create(base)).resolve(uri);
            if (!"file".equals(resolved.getScheme())) {
                return null;
            }
            Path path = Path.of(resolved).toAbsolutePath().normalize();
            return path.startsWith(templates) ? path.toUri().toString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
