package org.budgetwatch.extraction.pdf;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Arithmetic on border positions: the same border once, where a point falls, how much of a side is drawn. */
final class Borders {

    private Borders() {
    }

    /** The positions sorted, those within {@code tolerance} of the previous one kept once (their mean). */
    static float[] distinct(List<Float> values, float tolerance) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        float[] out = new float[sorted.length];
        int n = 0;
        int groupStart = 0;
        for (int i = 0; i <= sorted.length; i++) {
            if (i == sorted.length || i > groupStart && sorted[i] - sorted[i - 1] > tolerance) {
                if (i > groupStart) {
                    float sum = 0;
                    for (int j = groupStart; j < i; j++) {
                        sum += sorted[j];
                    }
                    out[n++] = sum / (i - groupStart);
                }
                groupStart = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The interval [bounds[i], bounds[i+1]) holding v, the first or last where v lies outside them. */
    static int indexOf(float[] bounds, float v) {
        int i = Arrays.binarySearch(bounds, v);
        int index = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(bounds.length - 2, index));
    }

    /** The length covered by the union of the spans. */
    static float covered(List<float[]> spans) {
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        float total = 0;
        float start = Float.NaN;
        float end = Float.NaN;
        for (float[] s : spans) {
            if (Float.isNaN(start) || s[0] > end) {
                if (!Float.isNaN(start)) {
                    total += end - start;
                }
                start = s[0];
                end = s[1];
            } else {
                end = Math.max(end, s[1]);
            }
        }
        return Float.isNaN(start) ? total : total + end - start;
    }
}
