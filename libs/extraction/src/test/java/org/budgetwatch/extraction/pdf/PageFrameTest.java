package org.budgetwatch.extraction.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Points of PDF user space (y up, the crop box anywhere) in the upright displayed page (y down from its top-left). */
class PageFrameTest {

    /** A4 portrait as stored, its crop box moved off the origin as some writers place it. */
    private static final PDRectangle CROP = new PDRectangle(10, 20, 595, 842);

    @Test
    void shouldMeasureAnUprightPageFromTheTopLeftCornerOfItsCropBox() {
        PageFrame frame = frame(0);

        assertThat(frame.width()).isEqualTo(595);
        assertThat(frame.height()).isEqualTo(842);
        assertThat(frame.x(10, 862)).isZero();
        assertThat(frame.y(10, 862)).as("the crop box's top-left corner").isZero();
        assertThat(frame.x(110, 762)).isEqualTo(100);
        assertThat(frame.y(110, 762)).isEqualTo(100);
    }

    @Test
    void shouldTurnAPageRotatedNinetyDegreesClockwiseIntoALandscapePage() {
        PageFrame frame = frame(90);

        assertThat(frame.width()).isEqualTo(842);
        assertThat(frame.height()).isEqualTo(595);
        // the stored page's left edge is displayed at the top, its top edge on the right
        assertThat(frame.x(10, 20)).isZero();
        assertThat(frame.y(10, 20)).as("the stored bottom-left corner is the displayed top-left one").isZero();
        assertThat(frame.x(110, 820)).isEqualTo(800);
        assertThat(frame.y(110, 820)).isEqualTo(100);
    }

    @Test
    void shouldTurnAPageRotatedHalfwayUpsideDown() {
        PageFrame frame = frame(180);

        assertThat(frame.width()).isEqualTo(595);
        assertThat(frame.height()).isEqualTo(842);
        assertThat(frame.x(605, 20)).as("the stored bottom-right corner is the displayed top-left one").isZero();
        assertThat(frame.y(605, 20)).isZero();
        assertThat(frame.x(505, 120)).isEqualTo(100);
        assertThat(frame.y(505, 120)).isEqualTo(100);
    }

    @Test
    void shouldTurnAPageRotatedTwoHundredAndSeventyDegreesIntoALandscapePage() {
        PageFrame frame = frame(270);

        assertThat(frame.width()).isEqualTo(842);
        assertThat(frame.height()).isEqualTo(595);
        assertThat(frame.x(605, 862)).as("the stored top-right corner is the displayed top-left one").isZero();
        assertThat(frame.y(605, 862)).isZero();
        assertThat(frame.x(505, 62)).isEqualTo(800);
        assertThat(frame.y(505, 62)).isEqualTo(100);
    }

    @Test
    void shouldReadARotationGivenNegativeOrBeyondAFullTurnAsItsEquivalent() {
        assertThat(frame(-90).rotation()).isEqualTo(270);
        assertThat(frame(450).rotation()).isEqualTo(90);
    }

    private static PageFrame frame(int rotation) {
        PDPage page = new PDPage(new PDRectangle(0, 0, 700, 900));
        page.setCropBox(CROP);
        page.setRotation(rotation);
        return PageFrame.of(page);
    }
}
