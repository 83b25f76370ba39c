package org.fedoraproject.hubs.widgets.builds;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The part of XML-RPC Koji's hub speaks that the builds widget needs: writing a call whose parameters
 * are texts, whole numbers, booleans, structs and arrays, and reading the answer into Java values
 * ({@code Map}, {@code List}, {@code String}, {@code Long}, {@code Double}, {@code Boolean}, or
 * {@code null} for Koji's {@code <nil/>}). The answer comes from outside: the parser refuses any
 * DOCTYPE (so no entity, internal or external, is ever expanded) and fetches nothing.
 */
final class XmlRpc {

    private XmlRpc() {
    }

    /** The body of a call of {@code method} with {@code params}. */
    static String call(String method, Object... params) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<methodCall><methodName>")
                .append(escape(method)).append("</methodName><params>");
        for (Object param : params) {
            xml.append("<param>");
            value(xml, param);
            xml.append("</param>");
        }
        return xml.append("</params></methodCall>").toString();
    }

    /**
     * The value an answer ({@code <methodResponse>}) carries.
     *
     * @throws IOException when the answer is a fault or not an XML-RPC answer; {@code service} names the sender
     */
    static Object answer(String xml, String service) throws IOException {
        Element response = parse(xml, service).getDocumentElement();
        if (!response.getTagName().equals("methodResponse")) {
            throw new IOException(service + " answered XML that is not an XML-RPC answer");
        }
        Element fault = child(response, "fault");
        if (fault != null) {
            Object detail = read(child(fault, "value"), service);
            Object text = detail instanceof Map<?, ?> struct ? struct.get("faultString") : detail;
            throw new IOException(service + " answered a fault: " + text);
        }
        Element param = child(child(response, "params"), "param");
        if (param == null) {
            throw new IOException(service + " answered an XML-RPC answer without a value");
        }
        return read(child(param, "value"), service);
    }

    private static void value(StringBuilder xml, Object value) {
        xml.append("<value>");
        if (value instanceof String text) {
            xml.append("<string>").append(escape(text)).append("</string>");
        } else if (value instanceof Integer number) {
            xml.append("<int>").append(number).append("</int>");
        } else if (value instanceof Boolean flag) {
            xml.append("<boolean>").append(flag ? 1 : 0).append("</boolean>");
        } else if (value instanceof Map<?, ?> struct) {
            xml.append("<struct>");
            struct.forEach((name, member) -> {
                xml.append("<member><name>").append(escape(String.valueOf(name))).append("</name>");
                value(xml, member);
                xml.append("</member>");
            });
            xml.append("</struct>");
        } else if (value instanceof List<?> array) {
            xml.append("<array><data>");
            array.forEach(element -> value(xml, element));
            xml.append("</data></array>");
        } else {
            throw new IllegalArgumentException("XML-RPC cannot carry " + value);
        }
        xml.append("</value>");
    }

    private static Object read(Element value, String service) throws IOException {
        if (value == null || !value.getTagName().equals("value")) {
            throw new IOException(service + " answered an XML-RPC value without <value>");
        }
        Element typed = firstElement(value);
        if (typed == null) {
            return value.getTextContent(); // a <value> without a type element is a string
        }
        String text = typed.getTextContent().strip();
        try {
            return switch (typed.getTagName()) {
                case "string" -> typed.getTextContent();
                case "int", "i4", "i8" -> Long.parseLong(text);
                case "double" -> Double.parseDouble(text);
                case "boolean" -> text.equals("1");
                case "nil", "ex:nil" -> null;
                case "dateTime.iso8601", "base64" -> text;
                case "struct" -> struct(typed, service);
                case "array" -> array(typed, service);
                default -> throw new IOException(service + " answered an XML-RPC value of unknown type " + typed.getTagName());
            };
        } catch (NumberFormatException e) {
            throw new IOException(service + " answered an unreadable XML-RPC number: " + text, e);
        }
    }

    private static Map<String, Object> struct(Element struct, String service) throws IOException {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Element member : elements(struct, "member")) {
            Element name = child(member, "name");
            if (name == null) {
                throw new IOException(service + " answered an XML-RPC struct member without a name");
            }
            members.put(name.getTextContent(), read(child(member, "value"), service));
        }
        return members;
    }

    private static List<Object> array(Element array, String service) throws IOException {
        Element data = child(array, "data");
        if (data == null) {
            throw new IOException(service + " answered an XML-RPC array without <data>");
        }
        List<Object> values = new ArrayList<>();
        for (Element value : elements(data, "value")) {
            values.add(read(value, service));
        }
        return values;
    }

    private static Document parse(String xml, String service) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown, not also printed
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IOException(service + " answered XML that cannot be read: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = parent == null ? List.of() : elements(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> elements(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
