package org.ccbench.report.export;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;

/**
 * Explicit series fills for the report's native charts (LibreOffice draws nothing for a series without them): blue
 * shades for the distribution, red shades for the reader's own units.
 */
final class ReportCharts {

    private static final byte[][] DISTRIBUTION = {
        rgb(0xC6, 0xDB, 0xEF), rgb(0x9E, 0xC5, 0xE8), rgb(0x1F, 0x4E, 0x79), rgb(0x6B, 0xAE, 0xD6),
        rgb(0xDE, 0xEB, 0xF7)};
    private static final byte[][] OWN = {
        rgb(0xD6, 0x27, 0x28), rgb(0xFF, 0x7F, 0x0E), rgb(0x94, 0x67, 0xBD), rgb(0x8C, 0x56, 0x4B)};

    private ReportCharts() {
    }

    /** The {@code index}th distribution series (P10, P25, median, P75, P90). */
    static XDDFShapeProperties distribution(int index) {
        return bar(DISTRIBUTION[index % DISTRIBUTION.length]);
    }

    /** The {@code index}th of the reader's own units. */
    static XDDFShapeProperties own(int index) {
        return bar(OWN[index % OWN.length]);
    }

    private static XDDFShapeProperties bar(byte[] colour) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        shape.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colour))));
        return shape;
    }

    private static byte[] rgb(int red, int green, int blue) {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }
}
