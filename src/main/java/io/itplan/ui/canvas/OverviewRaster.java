package io.itplan.ui.canvas;

import io.itplan.app.layout.RouteGeometry;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Far out, thousands of lines a few pixels apart: drawn here one pixel wide into an image of the canvas's size
 * (Bresenham's line algorithm, no anti-aliasing) and handed to the canvas as one picture. The renderer's
 * anti-aliased stroking of every line costs tens of milliseconds at that scale for lines that cover each pixel
 * several times over; setting pixels costs a few. Colours are blended source-over, premultiplied.
 */
final class OverviewRaster {
    private WritableImage image;
    /** Alpha, red, green, blue per pixel, colours premultiplied: the toolkit's own layout, copied without change. */
    private int[] pixels = new int[0];

    private int width;
    private int height;

    /** Starts a transparent picture of the given size in pixels. */
    void begin(int w, int h) {
        if (image == null || w != width || h != height) {
            width = Math.max(1, w);
            height = Math.max(1, h);
            image = new WritableImage(width, height);
            pixels = new int[width * height];
        } else {
            Arrays.fill(pixels, 0);
        }
    }

    /** A colour with an opacity as a premultiplied ARGB value. */
    static int argb(Color c, double opacity) {
        double a = c.getOpacity() * opacity;
        return ((int) Math.round(a * 255) << 24)
                | ((int) Math.round(c.getRed() * a * 255) << 16)
                | ((int) Math.round(c.getGreen() * a * 255) << 8)
                | (int) Math.round(c.getBlue() * a * 255);
    }

    /**
     * Blends {@code colour} over the pixel: each channel of what is there is scaled by 1 - alpha and the colour
     * added. Red and blue are scaled together in one multiplication, alpha and green in another.
     */
    private void plot(int x, int y, int colour) {
        int i = y * width + x;
        int keep = 255 - (colour >>> 24);
        if (keep == 0) {
            pixels[i] = colour;
            return;
        }
        int was = pixels[i];
        pixels[i] = colour + scaled(was & 0x00FF00FF, keep) + (scaled((was >>> 8) & 0x00FF00FF, keep) << 8);
    }

    /** Two channels 16 bits apart, each times {@code k} / 255 rounded, without a division. */
    private static int scaled(int twoChannels, int k) {
        int v = twoChannels * k + 0x00800080;
        return ((v + ((v >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
    }

    /** A one-pixel line between two points in pixels, clipped to the picture. */
    void line(double x0, double y0, double x1, double y1, int colour) {
        double[] c = clip(x0, y0, x1, y1);
        if (c == null) {
            return;
        }
        int ax = (int) c[0];
        int ay = (int) c[1];
        int bx = (int) c[2];
        int by = (int) c[3];
        int dx = Math.abs(bx - ax);
        int dy = -Math.abs(by - ay);
        int sx = ax < bx ? 1 : -1;
        int sy = ay < by ? 1 : -1;
        int err = dx + dy;
        while (true) {
            plot(ax, ay, colour);
            if (ax == bx && ay == by) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                ax += sx;
            }
            if (e2 <= dx) {
                err += dx;
                ay += sy;
            }
        }
    }

    /** The part of the segment inside the picture, or null. */
    private double[] clip(double x0, double y0, double x1, double y1) {
        double[] t = RouteGeometry.clip(x0, y0, x1, y1, 0, 0, width - 1, height - 1);
        if (t == null) {
            return null;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        return new double[] {x0 + t[0] * dx, y0 + t[0] * dy, x0 + t[1] * dx, y0 + t[1] * dy};
    }

    /** A filled rectangle in pixels, at least one pixel each way, clipped to the picture. */
    void rect(double x, double y, double w, double h, int colour) {
        int x0 = Math.max(0, (int) Math.floor(x));
        int y0 = Math.max(0, (int) Math.floor(y));
        int x1 = Math.min(width, Math.max(x0 + 1, (int) Math.ceil(x + w)));
        int y1 = Math.min(height, Math.max(y0 + 1, (int) Math.ceil(y + h)));
        for (int py = y0; py < y1; py++) {
            for (int px = x0; px < x1; px++) {
                plot(px, py, colour);
            }
        }
    }

    /** The pixel at (x, y), premultiplied ARGB. */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /** Puts the picture on the canvas at its top-left corner, in pixels. */
    void finish(GraphicsContext gc) {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        gc.drawImage(image, 0, 0);
        gc.restore();
    }
}
