package org.readoutbriefings.memo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * How much of a memo's last page its text fills: a last page holding a line or two (the Sources heading and
 * one source) reads as a mistake, so {@link MemoRenderer} lays such a memo out once more, a little tighter.
 * Lines are told by their baselines on the page, inside the body: the handling marking above it and the page
 * number below are page furniture, not text.
 */
public final class PageTail {

    /** A last page with this many lines of text or fewer is a tail: the Sources heading and one source of four lines. */
    public static final int SHORT = 5;
    /** How far from the page's top and bottom edges the body starts: inside memo.css's margins (24 and 22 mm). */
    private static final float FURNITURE = 20 / 25.4f * 72;
    /** Baselines closer than this, in points, are one line: less than the smallest line spacing of memo.css (7.5 pt text). */
    private static final float SAME_LINE = 5;

    private PageTail() {
    }

    /** The lines of text in the body of a PDF's last page. */
    public static int linesOnLastPage(PDDocument pdf) throws IOException {
        int last = pdf.getNumberOfPages();
        float height = pdf.getPage(last - 1).getMediaBox().getHeight();
        Set<Float> baselines = new TreeSet<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    float y = p.getYDirAdj();
                    if (y > FURNITURE && y < height - FURNITURE && !p.getUnicode().isBlank()) {
                        baselines.add(y);
                    }
                }
            }
        };
        stripper.setStartPage(last);
        stripper.setEndPage(last);
        stripper.getText(pdf);
        // one line: baselines closer than a line's spacing apart (a source's address, in a smaller font, sits a
        // little off the text around it)
        int lines = 0;
        float previous = Float.NEGATIVE_INFINITY;
        for (float y : baselines) {
            if (y - previous > SAME_LINE) {
                lines++;
            }
            previous = y;
        }
        return lines;
    }

    /**
     * The lines of text on the last page of a memo laid out but not yet written: the distinct tops of its line
     * boxes there. Read from the layout, so that a memo whose tail calls for a tighter layout is written as PDF
     * once, not once per layout tried.
     */
    static int linesOnLastPage(BlockBox root) {
        List<PageBox> pages = root.getLayer().getPages();
        int lastTop = pages.get(pages.size() - 1).getTop();
        Set<Integer> tops = new TreeSet<>();
        collectLineTops(root, lastTop, tops);
        return tops.size();
    }

    private static void collectLineTops(Box box, int lastTop, Set<Integer> tops) {
        if (box.getStyle() != null && box.getStyle().isRunning()) {
            return; // the handling marking, repeated in the page's margin: furniture
        }
        if (box instanceof LineBox line) {
            if (line.getAbsY() >= lastTop && line.getHeight() > 0 && holdsText(line)) {
                tops.add(line.getAbsY());
            }
            return;
        }
        for (Box child : box.getChildren()) {
            collectLineTops(child, lastTop, tops);
        }
    }

    private static boolean holdsText(Box box) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text ? !text.getSubstring().isBlank() : child instanceof Box b && holdsText(b)) {
                    return true;
                }
            }
            return false;
        }
        for (Box child : box.getChildren()) {
            if (holdsText(child)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a memo has more than one page and its last holds {@link #SHORT} lines or fewer. */
    static boolean endsInATail(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() > 1 && linesOnLastPage(document) <= SHORT;
        } catch (IOException e) {
            return false; // a memo that cannot be read back is the renderer's to report, not this check's
        }
    }

    /** Counted from the PDF itself, for the index page and the choice of layout: milliseconds beside the rendering. */
    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back a memo just rendered", e);
        }
    }
}
