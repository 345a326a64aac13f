package org.dragoman.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.dragoman.ingest.BadInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Parsing of corpus XML with the JDK's DOM parser: no DTD or external entity is ever fetched. */
final class Xml {

    private Xml() {
    }

    /** Parses {@code file}; a malformed file becomes a {@link BadInputException} naming {@code name} and the line. */
    static Document parse(Path file, String name) throws IOException, BadInputException {
        DocumentBuilder builder = builder();
        // the default handler prints "[Fatal Error]" to stderr before throwing; this one only throws
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parse(in, file.toUri().toString());
        } catch (SAXParseException e) {
            throw new BadInputException(name, "malformed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + oneLine(e.getMessage()));
        } catch (SAXException e) {
            throw new BadInputException(name, "malformed XML: " + oneLine(e.getMessage()));
        }
    }

    /** The value of {@code attribute} on {@code element}, or "" when it is absent. */
    static String attr(Element element, String attribute) {
        return element.getAttribute(attribute);
    }

    /** The first child element of {@code parent} named {@code name}, if any. */
    static Optional<Element> child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** {@code message} flattened to one line and cut to a readable length. */
    static String oneLine(String message) {
        String s = message == null ? "(no message)" : message.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            factory.setCoalescing(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser lacks a standard feature", e);
        }
    }
}
