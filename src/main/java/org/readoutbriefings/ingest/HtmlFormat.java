package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.readoutbriefings.domain.RecordOrigin;
import org.readoutbriefings.extract.DocumentDates;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code .html}, {@code .htm}: a web page holding one readout. jsoup parses the page (nothing it names is
 * ever fetched); navigation, headers, footers, scripts, styles, forms, cookie banners, share buttons and
 * "related" lists are dropped, and the main text is taken from the page's article, its main element,
 * or its content block, keeping paragraphs and list items apart. The page's publication date is taken from
 * its metadata, for a readout that says only "today" or "on 9 May".
 */
public final class HtmlFormat implements InputFormat {

    private static final String CLUTTER = "script, style, noscript, iframe, frame, object, embed, svg, canvas, template, "
            + "nav, aside, button, input, select, textarea, [aria-hidden=true], [hidden], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    private static final List<String> CLUTTER_WORDS = List.of("cookie", "consent", "banner", "share", "social", "related",
            "breadcrumb", "menu", "sidebar", "subscribe", "newsletter", "skip", "promo", "advert", "popup", "modal");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "figure", "figcaption", "address",
            "time", "hr");

    private static final List<String> PUBLISHED_META = List.of(
            "meta[property=article:published_time], meta[name=article:published_time]",
            "meta[property=og:published_time], meta[property=og:article:published_time]",
            "meta[name=DC.date.issued], meta[name=dcterms.issued], meta[name=DC.issued]",
            "meta[name=DC.date], meta[name=dcterms.date], meta[name=DC.date.created], meta[name=dcterms.created]",
            "meta[name=date], meta[name=pubdate], meta[name=publish-date], meta[name=publication_date]",
            "meta[itemprop=datePublished], time[itemprop=datePublished], time[pubdate]");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A form with less text than this is a control, not the page's content. */
    private static final int FORM_TEXT = 300;

    private final long maxBytes;

    public HtmlFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    @Override
    public RecordCursor open(Path file, String name) throws IOException {
        return SingleRecordCursor.of(() -> {
            RecordOrigin origin = new RecordOrigin(name, 1);
            WholeFile.Text html = WholeFile.text(file, maxBytes);
            if (html.problem() != null) {
                return SourceRecord.unreadable(origin, html.problem());
            }
            Document page = Jsoup.parse(html.text());
            String site = siteName(page);
            LocalDate published = publishedInMetadata(page);
            Element main = mainContent(page);
            String text = text(main);
            if (text.isBlank()) {
                return SourceRecord.unreadable(origin, "the page has no text");
            }
            // the site's name ("... | The White House") says who published it, as a signature would
            if (published == null) {
                // after the clutter is gone: a "related news" list has <time> elements of its own
                published = Optional.ofNullable(main.selectFirst("time[datetime]")).or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")))
                        .map(t -> DocumentDates.dayOf(t.attr("datetime"))).orElse(null);
            }
            return SourceRecord.prose(origin, site == null ? text : text + "\n\n" + site, title(page, main), published);
        });
    }

    /**
     * The publication date the page's metadata give: Open Graph's article:published_time, Dublin Core's issued
     * date, a "date" meta tag, schema.org's datePublished in microdata or JSON-LD. Dates of modification are
     * not publication dates and are left aside.
     */
    static LocalDate publishedInMetadata(Document page) {
        for (String selector : PUBLISHED_META) {
            for (Element meta : page.select(selector)) {
                LocalDate day = DocumentDates.dayOf(meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime"));
                if (day != null) {
                    return day;
                }
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = JSON.readTree(script.data()).findValue("datePublished");
                LocalDate day = found == null ? null : DocumentDates.dayOf(found.asString(""));
                if (day != null) {
                    return day;
                }
            } catch (JacksonException e) {
                // a page's broken JSON-LD is no reason to refuse its text
            }
        }
        return null;
    }

    private static Element mainContent(Document page) {
        page.select(CLUTTER).remove();
        // a search box or a newsletter sign-up is clutter; a page built as one big form (ASP.NET) is not
        page.select("form").stream().filter(f -> f.select("p").isEmpty() || f.text().length() < FORM_TEXT).forEach(Element::remove);
        // the page's header and footer are clutter; an article's own header holds its title and date
        page.select("header, footer").stream().filter(e -> e.closest("article, main") == null).forEach(Element::remove);
        for (Element e : page.body().select("[id], [class]")) {
            String marks = (e.id() + " " + e.className()).toLowerCase();
            if (e.parent() != null && CLUTTER_WORDS.stream().anyMatch(marks::contains) && !e.is("body, main, article, header")) {
                e.remove();
            }
        }
        Element article = page.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
        if (article != null) {
            return article;
        }
        for (String candidate : List.of("main", "[role=main]", "#content", "#main", ".content", "#main-content")) {
            Element e = page.selectFirst(candidate);
            if (e != null && !e.text().isBlank()) {
                return e;
            }
        }
        return page.body();
    }

    /** The publishing site's name: og:site_name, or the page title's last part after "|" or " - ". */
    private static String siteName(Document page) {
        Element meta = page.selectFirst("meta[property=og:site_name]");
        if (meta != null && !meta.attr("content").isBlank()) {
            return meta.attr("content").strip();
        }
        String[] parts = page.title().split("\\s[|\u2013\u2014-]\\s");
        return parts.length > 1 ? parts[parts.length - 1].strip() : null;
    }

    private static String title(Document page, Element main) {
        Element heading = main.selectFirst("h1");
        if (heading == null) {
            heading = page.selectFirst("h1");
        }
        String title = heading != null ? heading.text() : page.title();
        return title.isBlank() ? null : title.strip();
    }

    /** The element's text with a blank line between blocks, so paragraphs and list items stay apart. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                        if (e.normalName().equals("li")) {
                            out.append("- ");
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t\\x0B\\f\\u00a0]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }
}
