package org.readoutbriefings.memo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import com.openhtmltopdf.newtable.TableRowBox;
import com.openhtmltopdf.newtable.TableSectionBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * A heading left at the foot of a page, alone or with only its table's header row, while what it introduces
 * starts on the next. memo.css asks for {@code page-break-after: avoid} on headings, but the renderer keeps a
 * heading with a table's header and then moves the table's first row (which may not be split) over on its own.
 * Found in the renderer's layout before the PDF is written (no reading back), such a heading is given a page
 * break before it and the memo is laid out again.
 */
final class StrandedHeadings {

    private static final Pattern HEADING = Pattern.compile("<h([23])\\b([^>]*)>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final String BREAK_BEFORE = " style=\"page-break-before: always\"";

    /** A heading, or the first line of something it introduces (a line of text, a table's row, a chart), and its place. */
    private record Item(Box box, boolean heading, int y) {
    }

    private StrandedHeadings() {
    }

    /**
     * The memo's XHTML with a page break before the first heading that its layout strands at a page's foot (with a
     * heading right above it, as a section's heading over its first group's), or empty when none is stranded or
     * the layout cannot be matched to the XHTML's headings, when the layout is kept as it is.
     */
    static Optional<String> breakBeforeFirst(String html, BlockBox root) {
        List<PageBox> pages = root.getLayer().getPages();
        List<Item> items = new ArrayList<>();
        flatten(root, items);
        int headingsBefore = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).heading()) {
                continue;
            }
            int first = i;
            while (i + 1 < items.size() && items.get(i + 1).heading()) {
                i++;
            }
            int last = i;
            boolean stranded = last + 1 < items.size()
                    && page(pages, items.get(last + 1).y()) > page(pages, items.get(last).y());
            if (stranded) {
                // the run's headings on the last one's page go over, unless nothing comes before them on that page
                int page = page(pages, items.get(last).y());
                int from = first;
                while (page(pages, items.get(from).y()) < page) {
                    from++;
                }
                boolean topOfPage = from == 0 || page(pages, items.get(from - 1).y()) < page;
                return topOfPage ? Optional.empty() : withBreakBefore(html, headingsBefore + from - first, items.get(from).box());
            }
            headingsBefore += last - first + 1;
        }
        return Optional.empty();
    }

    private static Optional<String> withBreakBefore(String html, int ordinal, Box heading) {
        List<MatchResult> headings = HEADING.matcher(html).results().toList();
        if (ordinal >= headings.size()) {
            return Optional.empty();
        }
        MatchResult match = headings.get(ordinal);
        // the XHTML's heading must be the laid-out one: the same words, and no style of its own to merge with
        if (!normalised(match.group(3)).equals(normalised(heading.getElement().getTextContent()))
                || match.group(2).contains("style=")) {
            return Optional.empty();
        }
        int at = match.start(2);
        return Optional.of(html.substring(0, at) + BREAK_BEFORE + html.substring(at));
    }

    /** The headings and the first boxes of content, in reading order. */
    private static void flatten(Box box, List<Item> items) {
        String tag = box.getElement() == null ? "" : box.getElement().getTagName();
        if (box instanceof BlockBox && (tag.equals("h2") || tag.equals("h3"))) {
            items.add(new Item(box, true, box.getAbsY()));
        } else if (box instanceof TableSectionBox section && section.isHeader()) {
            return; // a table's header row goes with its heading: repeated on each page, it is not content
        } else if (box instanceof TableRowBox || box instanceof LineBox || box.getChildCount() == 0) {
            if (box.getHeight() > 0) {
                items.add(new Item(box, false, box.getAbsY()));
            }
        } else {
            for (Box child : box.getChildren()) {
                flatten(child, items);
            }
        }
    }

    /** The page (from 0) on which a place in the layout falls. */
    private static int page(List<PageBox> pages, int y) {
        for (int p = 0; p < pages.size(); p++) {
            if (y < pages.get(p).getBottom()) {
                return p;
            }
        }
        return pages.size() - 1;
    }

    private static String normalised(String xhtml) {
        return TAG.matcher(xhtml).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
