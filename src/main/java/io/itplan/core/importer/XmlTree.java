package io.itplan.core.importer;

import io.itplan.core.format.InputException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML document read into a small tree whose elements remember their line and column, for importers whose
 * errors must name where they are. Read safely: DTDs and external entities are off, and a document that
 * declares a {@code DOCTYPE} is refused outright (GraphML, draw.io and poms never need one; XXE and
 * entity-expansion attacks all need one).
 */
public final class XmlTree {
    /** An element: local name, namespace URI, attributes by local name, child elements and direct text. */
    public record Element(
            String name,
            String namespace,
            Map<String, String> attributes,
            List<Element> children,
            String text,
            int line,
            int column) {

        public String attribute(String local) {
            return attributes.get(local);
        }

        /** Child elements with this local name. */
        public List<Element> children(String local) {
            return children.stream().filter(c -> c.name.equals(local)).toList();
        }

        public Optional<Element> child(String local) {
            return children.stream().filter(c -> c.name.equals(local)).findFirst();
        }

        /** The text of this element and all below it, in document order. */
        public String allText() {
            StringBuilder sb = new StringBuilder(text);
            children.forEach(c -> sb.append(c.allText()));
            return sb.toString();
        }
    }

    private XmlTree() {}

    /**
     * Parses {@code text}.
     *
     * @param source the name used in messages
     * @throws InputException for malformed XML or a DOCTYPE, with line and column
     */
    public static Element parse(String text, String source) throws InputException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // Not every StAX implementation knows the property; DTDs are off anyway.
        }
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(text));
            List<Builder> stack = new ArrayList<>();
            Element root = null;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD ->
                        throw error(
                                source,
                                r.getLocation(),
                                "a DOCTYPE is not accepted (DTDs and external entities are off)");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw error(
                                source,
                                r.getLocation(),
                                "entity reference '&" + r.getLocalName() + ";' is not accepted");
                    case XMLStreamConstants.START_ELEMENT -> {
                        Location at = r.getLocation();
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.putIfAbsent(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        String ns = r.getNamespaceURI();
                        stack.add(new Builder(
                                r.getLocalName(),
                                ns == null ? "" : ns,
                                attrs,
                                at.getLineNumber(),
                                at.getColumnNumber()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Builder b = stack.remove(stack.size() - 1);
                        Element e = new Element(
                                b.name,
                                b.namespace,
                                b.attributes,
                                List.copyOf(b.children),
                                b.text.toString(),
                                b.line,
                                b.column);
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.get(stack.size() - 1).children.add(e);
                        }
                    }
                    default -> {
                        // comments, processing instructions, whitespace
                    }
                }
            }
            if (root == null) {
                throw new InputException(source, 1, 1, "no XML element found; the file is empty");
            }
            return root;
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int cut = msg.indexOf("Message: ");
            String detail = (cut >= 0 ? msg.substring(cut + 9) : msg).strip();
            throw error(source, e.getLocation(), "malformed XML: " + detail.replaceAll("\\s+", " "));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing left to release
                }
            }
        }
    }

    private static InputException error(String source, Location at, String detail) {
        return at == null
                ? new InputException(source, detail)
                : new InputException(
                        source, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()), detail);
    }

    private static final class Builder {
        final String name;
        final String namespace;
        final Map<String, String> attributes;
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final int line;
        final int column;

        Builder(String name, String namespace, Map<String, String> attributes, int line, int column) {
            this.name = name;
            this.namespace = namespace;
            this.attributes = attributes;
            this.line = line;
            this.column = column;
        }
    }
}
