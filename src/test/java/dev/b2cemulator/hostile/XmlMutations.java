package dev.b2cemulator.hostile;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Hostile variations of a valid custom policy, drawn from a seeded {@link Random}: broken
 * and truncated XML, DTDs with entity bombs and external entities, deep nesting, lying
 * encodings and byte-order marks, hostile attribute values and ids, a base that is the
 * policy itself or missing, and documents past the size limit.
 */
final class XmlMutations {

    private static final List<String> VALUES = List.of("", " ", "B2C_1A_", "b2c_1a_target", "&amp;", "&#0;", "&#x1F;",
            "&undefined;", "\u202e\u00fc\ud83d\ude00", "a".repeat(5000), "'\"<>", "../../etc/passwd", "%00",
            "B2C_1A_Target", "B2C_1A_Missing", "contoso.onmicrosoft.com", "{Settings:Tenant}", "http://");

    private static final List<String> PROLOGS = List.of(
            "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE r SYSTEM \"http://192.0.2.1/policy.dtd\">", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
            "<?xml version=\"1.1\"?>", "<?xml version=\"1.0\" encoding=\"nonsense\"?>", "\uFEFF", "\uFEFF\uFEFF",
            "<?xml-stylesheet href=\"http://192.0.2.1/x.xsl\"?>", "<!-- -- -->", "\u0000");

    private static final List<BiFunction<String, Random, String>> KINDS = List.of(XmlMutations::replaceAnAttribute,
            XmlMutations::replaceAnElementText, Mutations::truncate, Mutations::garble, XmlMutations::prologue,
            XmlMutations::deeplyNested, XmlMutations::renameAnElement, XmlMutations::dropTheNamespace,
            XmlMutations::entityReference, XmlMutations::replaceAnAttribute, XmlMutations::oversize);

    private XmlMutations() {
    }

    static String mutate(String xml, Random random) {
        return KINDS.get(random.nextInt(KINDS.size())).apply(xml, random);
    }

    private static String replaceAnAttribute(String xml, Random random) {
        int quote = Mutations.randomIndexOf(xml, "=\"", random);
        if (quote < 0) {
            return xml;
        }
        int end = xml.indexOf('"', quote + 2);
        return xml.substring(0, quote + 2) + value(random) + xml.substring(end);
    }

    private static String replaceAnElementText(String xml, Random random) {
        int close = Mutations.randomIndexOf(xml, "</", random);
        int open = close < 0 ? -1 : xml.lastIndexOf('>', close);
        return open < 0 ? xml : xml.substring(0, open + 1) + value(random) + xml.substring(close);
    }

    private static String prologue(String xml, Random random) {
        String body = xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2) : xml;
        return PROLOGS.get(random.nextInt(PROLOGS.size())) + body;
    }

    private static String deeplyNested(String xml, Random random) {
        int depth = 100 + random.nextInt(20_000);
        int at = xml.indexOf("</TrustFrameworkPolicy>");
        return at < 0 ? xml : xml.substring(0, at) + "<a>".repeat(depth) + "</a>".repeat(depth) + xml.substring(at);
    }

    private static String renameAnElement(String xml, Random random) {
        List<String> names = List.of("BasePolicy", "PolicyId", "CryptographicKeys", "Key", "TechnicalProfile",
                "TrustFrameworkPolicy");
        String name = names.get(random.nextInt(names.size()));
        return xml.replace("<" + name, "<" + name + "x").replace("</" + name, "</" + name + "x");
    }

    private static String dropTheNamespace(String xml, Random random) {
        return xml.replaceFirst(" xmlns=\"[^\"]*\"", random.nextBoolean() ? "" : " xmlns=\"urn:other\"");
    }

    private static String entityReference(String xml, Random random) {
        int close = Mutations.randomIndexOf(xml, "</", random);
        String reference = List.of("&d;", "&x;", "&lt;", "&#xD800;", "&#1114112;").get(random.nextInt(5));
        return close < 0 ? xml : PROLOGS.get(random.nextInt(2)) + xml.substring(xml.indexOf("<Trust"), close)
                + reference + xml.substring(close);
    }

    private static String oversize(String xml, Random random) {
        int at = xml.indexOf("</TrustFrameworkPolicy>");
        String padding = "<!--" + "p".repeat((1 << 20) + random.nextInt(1000)) + "-->";
        return at < 0 ? xml : xml.substring(0, at) + padding + xml.substring(at);
    }

    private static String value(Random random) {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

}
