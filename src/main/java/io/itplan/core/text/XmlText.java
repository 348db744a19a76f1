package io.itplan.core.text;

/** Escaping for XML 1.0 text and attribute values: plan exports, JUnit reports, SVG pictures and HTML reports. */
public final class XmlText {
    private XmlText() {}

    /**
     * {@code text} safe inside a double-quoted attribute or element content. Line breaks and tabs are written
     * as character references so attribute normalisation keeps them; characters XML 1.0 cannot hold at all
     * (other control characters, unpaired surrogates) become U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                case '\t' -> s.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        s.append('\uFFFD');
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
