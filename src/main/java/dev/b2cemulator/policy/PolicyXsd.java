package dev.b2cemulator.policy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import dev.b2cemulator.config.EmulatorProperties;
import dev.b2cemulator.config.StartupException;

/**
 * {@code EMULATOR_POLICY_XSD_FILE}: the policies are also validated against the user's
 * XSD (the starter pack ships one), with the JDK's validator and nothing fetched from
 * outside. The starter pack's XSD writes some patterns in .NET's regular expression
 * syntax ({@code ^…$} anchors, {@code \/}), which XML Schema refuses: they are rewritten
 * in memory, the file is left as it is.
 */
@Component
class PolicyXsd {

    private static final Pattern PATTERN_VALUE = Pattern.compile("(<xs:pattern\\s+value=\")([^\"]*)(\")");

    private final Schema schema;

    PolicyXsd(EmulatorProperties properties) {
        this.schema = properties.policyXsdFile() == null ? null : load(properties.policyXsdFile());
    }

    boolean enabled() {
        return schema != null;
    }

    /**
     * The document's problems against the XSD, empty when it conforms (or no XSD is
     * configured).
     */
    List<PolicyXml.Problem> validate(String document) {
        if (schema == null) {
            return List.of();
        }
        List<PolicyXml.Problem> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collecting(problems));
            validator.validate(new StreamSource(new StringReader(document)));
        }
        catch (SAXException | IOException ex) {
            problems.add(new PolicyXml.Problem(0, 0, ex.getMessage()));
        }
        return problems;
    }

    /**
     * .NET patterns to XML Schema ones: no {@code ^}/{@code $} anchors (XML Schema
     * anchors every pattern), no {@code \/}.
     */
    static String xmlSchemaPatterns(String xsd) {
        Matcher pattern = PATTERN_VALUE.matcher(xsd);
        StringBuilder fixed = new StringBuilder();
        while (pattern.find()) {
            String value = pattern.group(2).replace("\\/", "/");
            if (value.startsWith("^")) {
                value = value.substring(1);
            }
            if (value.endsWith("$") && !value.endsWith("\\$")) {
                value = value.substring(0, value.length() - 1);
            }
            pattern.appendReplacement(fixed, Matcher.quoteReplacement(pattern.group(1) + value + pattern.group(3)));
        }
        return pattern.appendTail(fixed).toString();
    }

    private static Schema load(Path file) {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            String xsd = xmlSchemaPatterns(Files.readString(file, StandardCharsets.UTF_8));
            return factory.newSchema(new StreamSource(new StringReader(xsd.replaceFirst("^\uFEFF", ""))));
        }
        catch (IOException | SAXException ex) {
            throw new StartupException(
                    "emulator.policy-xsd-file: " + file + " is not a usable XSD: " + ex.getMessage());
        }
    }

    private static ErrorHandler collecting(List<PolicyXml.Problem> problems) {
        return new ErrorHandler() {

            @Override
            public void warning(SAXParseException ex) {
            }

            @Override
            public void error(SAXParseException ex) {
                problems.add(new PolicyXml.Problem(ex.getLineNumber(), ex.getColumnNumber(), message(ex)));
            }

            @Override
            public void fatalError(SAXParseException ex) {
                error(ex);
            }

        };
    }

    /**
     * Xerces prefixes its messages with a key ({@code cvc-complex-type.2.4.a: }); the
     * rest is the message.
     */
    private static String message(SAXParseException ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        return message.replaceFirst("^[a-z-]+(\\.[0-9a-z]+)*: ", "");
    }

}
