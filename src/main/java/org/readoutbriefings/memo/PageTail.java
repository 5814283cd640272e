package org.readoutbriefings.memo;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;

/**
 * How much of a memo's last page its text fills: a last page holding a line or two (the Sources heading and
 * one source) reads as a mistake, so {@link MemoRenderer} lays such a memo out once more, a little tighter.
 * Read from the layout, before anything is written: the lines of the body's flow, not the handling marking
 * and page number in the page's margins.
 */
public final class PageTail {

    /** A last page with this many lines of text or fewer is a tail: the Sources heading and one source of four lines. */
    public static final int SHORT = 5;

    private PageTail() {
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

}
