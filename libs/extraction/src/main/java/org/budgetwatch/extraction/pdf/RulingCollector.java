package org.budgetwatch.extraction.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The rulings (cell borders) of a page, in the page's upright frame: stroked vertical and horizontal segments (also
 * the sides of stroked rectangles), and filled shapes thin enough to be a line — rectangles, or polygons drawn point by
 * point, how Word, Excel and WPS print cell borders. A thin filled outline (an L-shaped corner, a frame) gives its long
 * sides. Curves, images, shading and filled areas (cell backgrounds) are not borders. It is handed the page's paths,
 * in user space, by {@link PathOperators} while {@link PageReader} reads the glyphs: one pass over the page.
 */
final class RulingCollector {

    /** A filled shape this thin (points) or thinner is a line. */
    private static final float THIN = 2.5f;
    /** Shorter strokes are glyph-like marks, not borders. */
    private static final float SHORTEST = 4f;
    /**
     * A page with more lines than this is a drawing (a chart, hatching, a vector scan), not a ruled table: its
     * tables are read from positions, and collecting stops so that a hostile page costs bounded time and memory.
     */
    static final int MOST_LINES = 5_000;

    private final PageFrame frame;
    private final List<VerticalRuling> verticals = new ArrayList<>();
    private final List<HorizontalRuling> horizontals = new ArrayList<>();
    /** The current path's subpaths, each its points in user space; a closed one repeats no point. */
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private int points;
    private final Point2D.Float current = new Point2D.Float();
    private boolean drawing;

    RulingCollector(PageFrame frame) {
        this.frame = frame;
    }

    /** What the page's paths drew, once the page has been read. */
    PageRulings rulings() {
        return drawing ? PageRulings.NONE : PageRulings.joined(horizontals, verticals);
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        if (tooMany()) {
            return;
        }
        List<Point2D.Float> rectangle = new ArrayList<>(4);
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            rectangle.add(new Point2D.Float((float) p.getX(), (float) p.getY()));
        }
        subpaths.add(rectangle);
        points += 4;
        current.setLocation(p0);
    }

    void moveTo(float x, float y) {
        current.setLocation(x, y);
        if (!tooMany()) {
            List<Point2D.Float> subpath = new ArrayList<>();
            subpath.add(new Point2D.Float(x, y));
            subpaths.add(subpath);
            points++;
        }
    }

    void lineTo(float x, float y) {
        if (!tooMany()) {
            if (subpaths.isEmpty()) {
                List<Point2D.Float> subpath = new ArrayList<>();
                subpath.add(new Point2D.Float(current.x, current.y));
                subpaths.add(subpath);
            }
            subpaths.get(subpaths.size() - 1).add(new Point2D.Float(x, y));
            points++;
        }
        current.setLocation(x, y);
    }

    /** A curve ending at (x, y): only its end point matters, since a curved shape is no border. */
    void curveTo(float x, float y) {
        current.setLocation(x, y);
        if (!subpaths.isEmpty()) {
            subpaths.get(subpaths.size() - 1).clear(); // a curved shape is no border
        }
    }

    void strokePath() {
        for (List<Point2D.Float> subpath : subpaths) {
            for (int i = 1; i <= subpath.size() && subpath.size() > 1; i++) {
                Point2D.Float a = subpath.get(i - 1);
                Point2D.Float b = subpath.get(i % subpath.size());
                if (i == subpath.size() && subpath.size() < 4) {
                    break; // only a rectangle or polygon closes back to its start
                }
                segment(a, b);
            }
        }
        endPath();
    }

    void fillPath() {
        for (List<Point2D.Float> subpath : subpaths) {
            filledShape(subpath);
        }
        endPath();
    }

    void fillAndStrokePath() {
        strokePath();
    }

    void endPath() {
        subpaths.clear();
    }

    /** A filled shape: a line where it is thin, the long sides of a thin outline, nothing where it is an area. */
    private void filledShape(List<Point2D.Float> shape) {
        if (shape.size() < 3) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (Point2D.Float p : shape) {
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        float width = maxX - minX;
        float height = maxY - minY;
        if (width <= THIN && height > THIN) {
            line((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
        } else if (height <= THIN && width > THIN) {
            line(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        } else if (width > THIN && height > THIN && isThinOutline(shape)) {
            for (int i = 0; i < shape.size(); i++) {
                segment(shape.get(i), shape.get((i + 1) % shape.size()));
            }
        }
    }

    /** A polygon of horizontal and vertical sides whose area is that of a line along its sides: an L, a frame. */
    private static boolean isThinOutline(List<Point2D.Float> shape) {
        double area = 0;
        double perimeter = 0;
        for (int i = 0; i < shape.size(); i++) {
            Point2D.Float a = shape.get(i);
            Point2D.Float b = shape.get((i + 1) % shape.size());
            if (Math.abs(a.x - b.x) > 0.5f && Math.abs(a.y - b.y) > 0.5f) {
                return false; // a slanted side: a drawing
            }
            area += (double) a.x * b.y - (double) b.x * a.y;
            perimeter += Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
        }
        return Math.abs(area) / 2 <= THIN * perimeter / 2;
    }

    private void segment(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.x - b.x) < 1 || Math.abs(a.y - b.y) < 1) {
            line(a.x, a.y, b.x, b.y);
        }
    }

    private boolean tooMany() {
        drawing |= points + verticals.size() + horizontals.size() >= MOST_LINES * 4;
        return drawing;
    }

    private void line(float ux0, float uy0, float ux1, float uy1) {
        if (Math.abs(ux1 - ux0) + Math.abs(uy1 - uy0) < SHORTEST || tooMany()) {
            return;
        }
        float x0 = frame.x(ux0, uy0);
        float y0 = frame.y(ux0, uy0);
        float x1 = frame.x(ux1, uy1);
        float y1 = frame.y(ux1, uy1);
        if (Math.abs(x1 - x0) < 1) {
            verticals.add(new VerticalRuling((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
        } else {
            horizontals.add(new HorizontalRuling((y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
        }
    }
}
