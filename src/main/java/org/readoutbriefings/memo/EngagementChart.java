package org.readoutbriefings.memo;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Map;

import org.w3c.dom.Element;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the engagements-per-month bars as vector shapes in the box of
 * {@code <object type="application/x-memo-bars" data-values="0 2 1 ...">}. Being a replaced element, the
 * chart is tagged as one Figure whose alternative text is the element's {@code alt}: a screen reader
 * hears the summary, not a row of empty boxes. The month labels stay HTML text below it.
 */
final class EngagementChart implements FSObjectDrawer {

    static final String TYPE = "application/x-memo-bars";

    private static final FSRGBColor BAR = new FSRGBColor(0x2f, 0x5d, 0x8a);
    private static final FSRGBColor AXIS = new FSRGBColor(0x66, 0x66, 0x66);
    private static final double GAP = 0.18;

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
        int[] values = values(e.getAttribute("data-values"));
        if (values.length == 0) {
            return null;
        }
        int max = Math.max(1, Arrays.stream(values).max().orElse(1));
        double slot = width / values.length;
        device.setColor(BAR);
        for (int i = 0; i < values.length; i++) {
            double h = height * values[i] / max;
            device.fill(new Rectangle2D.Double(x + slot * (i + GAP), y + height - h, slot * (1 - 2 * GAP), h));
        }
        device.setColor(AXIS);
        device.setStroke(new BasicStroke(dotsPerPixel));
        device.draw(new Line2D.Double(x, y + height, x + width, y + height));
        return null;
    }

    /** Whitespace-separated counts, one per bar; a template's typo draws an empty bar rather than failing. */
    private static int[] values(String attribute) {
        return Arrays.stream(attribute.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .mapToInt(s -> s.matches("\\d{1,6}") ? Integer.parseInt(s) : 0)
                .toArray();
    }
}
