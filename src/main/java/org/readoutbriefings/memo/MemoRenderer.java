package org.readoutbriefings.memo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a memo: the Thymeleaf template {@code <kind>-memo.html} of the templates folder fills in a
 * {@link MemoView} (escaping all readout text), and openhtmltopdf lays the resulting XHTML out as PDF.
 * Rendering may load files from the templates folder only (style sheets, images, fonts): any other
 * address, local or remote, is refused, so nothing named by input is ever fetched.
 */
public class MemoRenderer {

    private final TemplateEngine engine;
    private final Path templates;
    private final MemoFonts fonts = new MemoFonts();

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
    }

    /** The filled-in XHTML of a memo. */
    public String html(MemoView memo) {
        Context context = new Context();
        context.setVariable("memo", memo);
        return engine.process(memo.kind() + "-memo", context);
    }

    public byte[] pdf(MemoView memo) {
        String html = html(memo);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            fonts.registerWith(builder);
            builder.withHtmlContent(html, templates.toUri().toString());
            builder.useUriResolver(this::resolveInsideTemplates);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the " + memo.kind() + " memo " + memo.subjectKey(), e);
        }
        return out.toByteArray();
    }

    /** openhtmltopdf's resolver hook: a file under the templates folder, or null (refused). */
    private String resolveInsideTemplates(String base, String uri) {
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
