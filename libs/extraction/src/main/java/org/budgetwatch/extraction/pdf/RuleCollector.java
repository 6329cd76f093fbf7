package org.budgetwatch.extraction.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The cell borders of a page: stroked vertical and horizontal segments, the sides of stroked rectangles, and filled
 * rectangles thin enough to be a line (how Word and Excel print cell borders). Curves, images and shading are
 * ignored.
 */
final class RuleCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle this thin (points) or thinner is a rule. */
    private static final float THIN = 2.5f;
    /** Shorter strokes are glyph-like marks, not borders. */
    private static final float SHORTEST = 4f;
    /**
     * A page with more lines than this is a drawing (a chart, hatching, a vector scan), not a ruled table: its
     * tables are read from positions, and collecting stops so that a hostile page costs bounded time and memory.
     */
    static final int MOST_LINES = 5_000;

    private final float pageLeft;
    private final float pageTop;
    private final List<VerticalRule> verticals = new ArrayList<>();
    private final List<HorizontalRule> horizontals = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();
    private boolean drawing;

    private RuleCollector(PDPage page) {
        super(page);
        pageLeft = page.getCropBox().getLowerLeftX();
        pageTop = page.getCropBox().getUpperRightY();
    }

    static PageRules of(PDPage page) throws IOException {
        RuleCollector collector = new RuleCollector(page);
        collector.processPage(page);
        return collector.drawing ? PageRules.NONE : new PageRules(collector.verticals, collector.horizontals);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        if (!tooMany()) {
            rectangles.add(new float[] {x0, y0, x1, y1});
        }
        current.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (!tooMany()) {
            segments.add(new float[] {current.x, current.y, x, y});
        }
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void strokePath() {
        for (float[] s : segments) {
            if (Math.abs(s[0] - s[2]) < 1) {
                vertical((s[0] + s[2]) / 2, s[1], s[3]);
            } else if (Math.abs(s[1] - s[3]) < 1) {
                horizontal((s[1] + s[3]) / 2, s[0], s[2]);
            }
        }
        for (float[] r : rectangles) {
            if (r[2] - r[0] <= THIN) {
                vertical((r[0] + r[2]) / 2, r[1], r[3]);
            } else if (r[3] - r[1] <= THIN) {
                horizontal((r[1] + r[3]) / 2, r[0], r[2]);
            } else {
                vertical(r[0], r[1], r[3]);
                vertical(r[2], r[1], r[3]);
                horizontal(r[1], r[0], r[2]);
                horizontal(r[3], r[0], r[2]);
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            if (r[2] - r[0] <= THIN && r[3] - r[1] > THIN) {
                vertical((r[0] + r[2]) / 2, r[1], r[3]);
            } else if (r[3] - r[1] <= THIN && r[2] - r[0] > THIN) {
                horizontal((r[1] + r[3]) / 2, r[0], r[2]);
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void endPath() {
        segments.clear();
        rectangles.clear();
    }

    @Override
    public void closePath() {
        // a closed path's sides are already segments
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not printed (PDFBox ends them with endPath)
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // scanned pages have no rules to read
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is background, not a border
    }

    private boolean tooMany() {
        drawing |= segments.size() + rectangles.size() + verticals.size() + horizontals.size() >= MOST_LINES;
        return drawing;
    }

    private void vertical(float x, float y0, float y1) {
        if (Math.abs(y1 - y0) >= SHORTEST && !tooMany()) {
            verticals.add(new VerticalRule(x - pageLeft, pageTop - Math.max(y0, y1), pageTop - Math.min(y0, y1)));
        }
    }

    private void horizontal(float y, float x0, float x1) {
        if (Math.abs(x1 - x0) >= SHORTEST && !tooMany()) {
            horizontals.add(new HorizontalRule(pageTop - y, Math.min(x0, x1) - pageLeft, Math.max(x0, x1) - pageLeft));
        }
    }
}
