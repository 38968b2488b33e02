package io.jenkins.plugins.azuremigration.jenkins.views;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses a view as Jelly does: namespace-aware XML, no DTDs; keeps each element's line for the failure messages. */
final class ViewParser {
    private ViewParser() {
    }

    /** The root element; throws SAXException (with its line) when the view is not well-formed XML. */
    static ViewElement parse(String text) throws SAXException, IOException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Handler handler = new Handler();
            factory.newSAXParser().parse(new InputSource(new StringReader(text)), handler);
            return handler.root;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Handler extends DefaultHandler {
        private final Deque<ViewElement> open = new ArrayDeque<>();
        private Locator locator;
        private ViewElement root;
        private StringBuilder text;
        private int textLine;
        /** Where the last tag ended: a text run starts there (the locator is at its end during characters()). */
        private int lastTagEnd = 1;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            ViewElement element = new ViewElement(uri, localName, qName, locator.getLineNumber());
            for (int i = 0; i < attributes.getLength(); i++) {
                if (!attributes.getQName(i).startsWith("xmlns")) {
                    element.attributes.put(attributes.getLocalName(i), attributes.getValue(i));
                }
            }
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
            open.push(element);
            lastTagEnd = locator.getLineNumber();
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
            lastTagEnd = locator.getLineNumber();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text == null) {
                text = new StringBuilder();
                textLine = lastTagEnd;
            }
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text != null && !open.isEmpty()) {
                open.peek().children.add(new ViewElement.Text(text.toString(), textLine));
            }
            text = null;
        }
    }
}
