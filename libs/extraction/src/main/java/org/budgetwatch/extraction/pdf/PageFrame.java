package org.budgetwatch.extraction.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page as a reader sees it: PDF user space (y up, the crop box's corner anywhere) turned into the upright frame
 * of the displayed page (y down from its top-left corner), after the page's /Rotate. PDFBox gives text positions in
 * that frame already; drawn lines are mapped into it here.
 */
record PageFrame(int rotation, float left, float bottom, float right, float top) {

    static PageFrame of(PDPage page) {
        PDRectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        return new PageFrame(rotation, box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
    }

    float width() {
        return rotation == 90 || rotation == 270 ? top - bottom : right - left;
    }

    float height() {
        return rotation == 90 || rotation == 270 ? right - left : top - bottom;
    }

    /** The upright x of a point of user space. */
    float x(float ux, float uy) {
        return switch (rotation) {
            case 90 -> uy - bottom;
            case 180 -> right - ux;
            case 270 -> top - uy;
            default -> ux - left;
        };
    }

    /** The upright y (down from the top) of a point of user space. */
    float y(float ux, float uy) {
        return switch (rotation) {
            case 90 -> ux - left;
            case 180 -> uy - bottom;
            case 270 -> right - ux;
            default -> top - uy;
        };
    }
}
