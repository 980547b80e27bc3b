package io.orderdesk.printing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font and what it can show: characters it has no glyph for (emoji in a delivery memo, say) become '?' instead
 * of failing the whole document, and long text is wrapped to a width.
 */
final class SafeText {

    private final PDType0Font font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    SafeText(PDType0Font font) {
        this.font = font;
    }

    PDType0Font font() {
        return font;
    }

    /** The text with unprintable characters replaced; null becomes empty. */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, this::printable)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(clean(text)) / 1000f * size;
    }

    /** The cleaned text broken into lines no wider than {@code max} points, at spaces where possible. */
    List<String> wrap(String text, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = clean(text).trim();
        while (!rest.isEmpty()) {
            int end = rest.length();
            while (end > 1 && width(rest.substring(0, end), size) > max) {
                end--;
            }
            if (end < rest.length()) {
                int space = rest.lastIndexOf(' ', end);
                if (space > end / 2) {
                    end = space;
                }
            }
            lines.add(rest.substring(0, end).trim());
            rest = rest.substring(end).trim();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    private boolean printable(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
