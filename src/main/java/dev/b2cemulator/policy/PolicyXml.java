package dev.b2cemulator.policy;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a custom policy with the JDK's StAX parser, hardened: no DTD (a DOCTYPE is
 * refused, as the real service refuses it), no external entity or resource of any kind,
 * and a bound on nesting, so that no document can make the parser expand, fetch or
 * recurse. It takes what the upload checks need — the ids, the tenant, the base policy,
 * the key references — and the structure problems found on the way
 * ({@link PolicyStructure}).
 */
final class PolicyXml {

    static final String NAMESPACE = "http://schemas.microsoft.com/online/cpim/schemas/2013/06";

    static final int MAX_DEPTH = 100;

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private PolicyXml() {
    }

    /**
     * A policy that is not well-formed XML; the message is the detail after "not
     * correctly formatted: ".
     */
    static final class NotWellFormedException extends Exception {

        NotWellFormedException(String detail) {
            super(detail, null, false, false);
        }

    }

    record BasePolicy(String tenantId, String policyId) {
    }

    /**
     * A structure problem at a place in the document, worded as .NET's schema validation
     * words it.
     */
    record Problem(int line, int column, String message) {
    }

    record Parsed(String policyId, String tenantId, String tenantObjectId, BasePolicy basePolicy,
            List<String> storageReferenceIds, List<Problem> problems) {
    }

    static Parsed parse(String text) throws NotWellFormedException {
        checkStart(text);
        PolicyStructure structure = new PolicyStructure();
        Deque<String> open = new ArrayDeque<>();
        Set<String> references = new LinkedHashSet<>();
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(text));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new NotWellFormedException("For security reasons DTD is prohibited in this XML document.");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    // Without a DTD only the five predefined entities exist; anything
                    // else is never resolved.
                    throw new NotWellFormedException("Reference to undeclared entity '" + reader.getLocalName() + "'."
                            + at(reader.getLocation()));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (open.size() == MAX_DEPTH) {
                        throw new NotWellFormedException("Elements are nested more than " + MAX_DEPTH + " levels deep."
                                + at(reader.getLocation()));
                    }
                    String reference = structure.start(reader, open, reader.getLocation());
                    if (reference != null) {
                        references.add(reference);
                    }
                    open.push(reader.getLocalName());
                }
                else if (event == XMLStreamConstants.CHARACTERS) {
                    structure.text(open, reader.getText());
                }
                else if (event == XMLStreamConstants.END_ELEMENT) {
                    structure.end(open, reader.getLocation());
                    open.pop();
                }
            }
        }
        catch (XMLStreamException ex) {
            throw new NotWellFormedException(parserMessage(ex));
        }
        finally {
            close(reader);
        }
        return structure.result(new ArrayList<>(references));
    }

    /**
     * .NET's wording for the two cases clients meet most: an empty body, and a body that
     * is not XML at all.
     */
    private static void checkStart(String text) throws NotWellFormedException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                return;
            }
            if (c == '\n') {
                line++;
                column = 1;
            }
            else if (Character.isWhitespace(c)) {
                column++;
            }
            else {
                throw new NotWellFormedException(
                        "Data at the root level is invalid. Line " + line + ", position " + column + ".");
            }
        }
        throw new NotWellFormedException("Root element is missing.");
    }

    private static String parserMessage(XMLStreamException ex) {
        String message = ex.getMessage() == null ? "The XML is not well-formed." : ex.getMessage();
        int start = message.indexOf("Message: ");
        String detail = (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
        return detail + at(ex.getLocation());
    }

    static String at(Location location) {
        return location == null ? ""
                : " Line " + location.getLineNumber() + ", position " + location.getColumnNumber() + ".";
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are not allowed: " + systemId);
        });
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            }
            catch (XMLStreamException ex) {
                // nothing was opened that needs closing: the input is a string
            }
        }
    }

}
