package org.ccbench.scorecard.export;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;

/**
 * Explicit series colours for the native charts: a series without its own line or fill properties is drawn by Excel
 * from the theme, but LibreOffice draws nothing for it.
 */
final class ChartStyle {

    private static final byte[][] PALETTE = {
        rgb(0x1F, 0x77, 0xB4), rgb(0xFF, 0x7F, 0x0E), rgb(0x2C, 0xA0, 0x2C), rgb(0xD6, 0x27, 0x28),
        rgb(0x94, 0x67, 0xBD), rgb(0x8C, 0x56, 0x4B), rgb(0xE3, 0x77, 0xC2), rgb(0x7F, 0x7F, 0x7F),
        rgb(0xBC, 0xBD, 0x22), rgb(0x17, 0xBE, 0xCF)};

    private ChartStyle() {
    }

    /** A solid line of the {@code index}th palette colour. */
    static XDDFShapeProperties line(int index) {
        XDDFLineProperties line = new XDDFLineProperties(solid(index));
        line.setWidth(2.0);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        return shape;
    }

    /** A solid bar of the {@code index}th palette colour with an outline of the same colour. */
    static XDDFShapeProperties bar(int index) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(solid(index));
        shape.setLineProperties(new XDDFLineProperties(solid(index)));
        return shape;
    }

    static XDDFSolidFillProperties solid(int index) {
        return new XDDFSolidFillProperties(XDDFColor.from(PALETTE[index % PALETTE.length]));
    }

    private static byte[] rgb(int red, int green, int blue) {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }
}
