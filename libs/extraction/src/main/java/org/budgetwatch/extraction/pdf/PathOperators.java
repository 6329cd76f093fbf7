package org.budgetwatch.extraction.pdf;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The path operators of a content stream, for {@link PageReader} to hand each path to the page's
 * {@link RulingCollector} in the pass that reads the glyphs. A second pass over every page (PDFBox's
 * PDFGraphicsStreamEngine) parsed each content stream again and ran its text and colour operators for nothing, and
 * reading took 1.3 times as long (docs/benchmarks.md). Each operator here does what PDFBox's own operator of that name does: points mapped
 * through the current transformation matrix, too few operands reported as PDFBox reports them, operands that are not
 * numbers ignored. Left out, since they draw no border: h (strokePath closes a path of four points or more itself),
 * clipping (W, W*), images and shading. PDFBox's text stripper does not run a Type 3 glyph's own content, so a glyph's
 * outline never reaches the collector.
 */
final class PathOperators {

    private PathOperators() {
    }

    /** The operators for {@code engine}, each drawing into the collector that {@code page} gives for the current page. */
    static List<OperatorProcessor> of(PDFStreamEngine engine, Supplier<RulingCollector> page) {
        return List.of(
                new Construction(engine, page, "m", 2, false, (collector, points) -> collector.moveTo(points[0].x, points[0].y)),
                new Construction(engine, page, "l", 2, false, (collector, points) -> collector.lineTo(points[0].x, points[0].y)),
                // a curve's control points shape nothing that could be a border: only where it ends counts
                new Construction(engine, page, "c", 6, true, (collector, points) -> collector.curveTo(points[2].x, points[2].y)),
                new Construction(engine, page, "v", 4, true, (collector, points) -> collector.curveTo(points[1].x, points[1].y)),
                new Construction(engine, page, "y", 4, true, (collector, points) -> collector.curveTo(points[1].x, points[1].y)),
                new Rectangle(engine, page),
                new Painting(engine, page, "S", RulingCollector::strokePath),
                new Painting(engine, page, "s", RulingCollector::strokePath),
                new Painting(engine, page, "f", RulingCollector::fillPath),
                new Painting(engine, page, "F", RulingCollector::fillPath),
                new Painting(engine, page, "f*", RulingCollector::fillPath),
                new Painting(engine, page, "B", RulingCollector::fillAndStrokePath),
                new Painting(engine, page, "B*", RulingCollector::fillAndStrokePath),
                new Painting(engine, page, "b", RulingCollector::fillAndStrokePath),
                new Painting(engine, page, "b*", RulingCollector::fillAndStrokePath),
                new Painting(engine, page, "n", RulingCollector::endPath));
    }

    private abstract static class PathOperator extends OperatorProcessor {
        private final Supplier<RulingCollector> page;
        private final String name;

        PathOperator(PDFStreamEngine engine, Supplier<RulingCollector> page, String name) {
            super(engine);
            this.page = page;
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        RulingCollector collector() {
            return page.get();
        }

        /** A point of the page's user space, as PDFBox maps it. */
        Point2D.Float point(float x, float y) {
            return getContext().transformedPoint(x, y);
        }

        static float number(List<COSBase> operands, int index) {
            return ((COSNumber) operands.get(index)).floatValue();
        }
    }

    private interface PointsAction {
        void apply(RulingCollector collector, Point2D.Float[] points);
    }

    /** m, l, c, v, y: the path goes on through the operands' points. */
    private static final class Construction extends PathOperator {
        private final int operandCount;
        /** PDFBox's m and l look at their first two operands only; c, v and y ignore any operand list not all numbers. */
        private final boolean allNumbers;
        private final PointsAction action;

        Construction(PDFStreamEngine engine, Supplier<RulingCollector> page, String name, int operandCount, boolean allNumbers,
                PointsAction action) {
            super(engine, page, name);
            this.operandCount = operandCount;
            this.allNumbers = allNumbers;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws MissingOperandException {
            if (operands.size() < operandCount) {
                throw new MissingOperandException(operator, operands);
            }
            boolean numbers = allNumbers ? checkArrayTypesClass(operands, COSNumber.class)
                    : operands.get(0) instanceof COSNumber && operands.get(1) instanceof COSNumber;
            if (numbers) {
                Point2D.Float[] points = new Point2D.Float[operandCount / 2];
                for (int i = 0; i < points.length; i++) {
                    points[i] = point(number(operands, 2 * i), number(operands, 2 * i + 1));
                }
                action.apply(collector(), points);
            }
        }
    }

    /** re: x, y, width, height; its corners in PDFBox's order. */
    private static final class Rectangle extends PathOperator {

        Rectangle(PDFStreamEngine engine, Supplier<RulingCollector> page) {
            super(engine, page, "re");
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws MissingOperandException {
            if (operands.size() < 4) {
                throw new MissingOperandException(operator, operands);
            }
            if (checkArrayTypesClass(operands, COSNumber.class)) {
                float x = number(operands, 0);
                float y = number(operands, 1);
                float right = number(operands, 2) + x;
                float top = number(operands, 3) + y;
                collector().appendRectangle(point(x, y), point(right, y), point(right, top), point(x, top));
            }
        }
    }

    /** S, s, f, F, f*, B, B*, b, b*, n: the path is painted (or dropped by n) and a new one begins. */
    private static final class Painting extends PathOperator {
        private final Consumer<RulingCollector> paint;

        Painting(PDFStreamEngine engine, Supplier<RulingCollector> page, String name, Consumer<RulingCollector> paint) {
            super(engine, page, name);
            this.paint = paint;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            paint.accept(collector());
        }
    }
}
