package org.readoutbriefings.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The index page and mail templates, Thymeleaf on the class path ({@code delivery/}): {@code th:text}
 * escapes every value, so readout text shows as text in a browser and a mail client alike.
 */
public final class DeliveryTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DeliveryTemplates.class.getClassLoader());
        resolver.setPrefix("delivery/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    public String html(String template, Map<String, Object> variables) {
        return html.process(template, new Context(null, variables));
    }

    public String text(String template, Map<String, Object> variables) {
        return text.process(template, new Context(null, variables));
    }

    /** A file beside the templates, such as the page's style sheet or script, as text. */
    public static String resource(String name) {
        try (InputStream in = DeliveryTemplates.class.getClassLoader().getResourceAsStream("delivery/" + name)) {
            if (in == null) {
                throw new IllegalStateException("delivery/" + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
