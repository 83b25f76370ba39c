package org.fedoraproject.hubs.bus.signature;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expected texts are what CPython 3 prints for
 * {@code json.dumps(json.loads(input), sort_keys=True, separators=(',', ':'))}.
 */
class CanonicalJsonTest {

    static Stream<Arguments> pythonOutputs() {
        return Stream.of(
                Arguments.of("keys sorted at every level, no spaces",
                        "{\"b\": {\"z\": 1, \"a\": [{\"y\": 2, \"x\": 1}]}, \"a\": null, \"B\": true, \"\": false}",
                        "{\"\":false,\"B\":true,\"a\":null,\"b\":{\"a\":[{\"x\":1,\"y\":2}],\"z\":1}}"),
                Arguments.of("non-ASCII escaped in lower-case hex, an emoji as a surrogate pair",
                        "{\"name\": \"Zbyn\u011bk \u2713 \uD83D\uDE00\", \"tab\\tkey\": \"na\u00efve\"}",
                        "{\"name\":\"Zbyn\\u011bk \\u2713 \\ud83d\\ude00\",\"tab\\tkey\":\"na\\u00efve\"}"),
                Arguments.of("keys in code point order: U+FB01 before U+1F600, unlike UTF-16 order",
                        "{\"\uFB01\": 1, \"\uD83D\uDE00\": 2, \"z\": 3, \"\u00e9\": 4}",
                        "{\"z\":3,\"\\u00e9\":4,\"\\ufb01\":1,\"\\ud83d\\ude00\":2}"),
                Arguments.of("floats as Python's repr",
                        "[1504643064.0, 1e-05, 1.5e16, 0.1, 1e16, 1e15, 0.0001, -2.5, 1E+2,"
                                + " 123456789.123456789, 2.0E-3, 1e22, 5e-324]",
                        "[1504643064.0,1e-05,1.5e+16,0.1,1e+16,1000000000000000.0,0.0001,-2.5,100.0,"
                                + "123456789.12345679,0.002,1e+22,5e-324]"),
                Arguments.of("integers as digits, however large",
                        "[1504643064, -42, 0, 12345678901234567890123]",
                        "[1504643064,-42,0,12345678901234567890123]"),
                Arguments.of("slash not escaped, even when the input escaped it",
                        "{\"url\": \"https://example.org/a/b?c=d&e=<f>\", \"escaped\\/slash\": \"\\/\"}",
                        "{\"escaped/slash\":\"/\",\"url\":\"https://example.org/a/b?c=d&e=<f>\"}"),
                Arguments.of("control characters, quote, backslash, DEL, a lone surrogate",
                        "[\"\\u0000\\u001f\\n\\r\\t\\b\\f\\u007f\\\"\\\\\", \"\\u00e9\\u2028\", \"\\ud800\"]",
                        "[\"\\u0000\\u001f\\n\\r\\t\\b\\f\\u007f\\\"\\\\\",\"\\u00e9\\u2028\",\"\\ud800\"]"),
                Arguments.of("empty containers",
                        "{\"empty\": {}, \"list\": [], \"nested\": [[], {}, [null]]}",
                        "{\"empty\":{},\"list\":[],\"nested\":[[],{},[null]]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pythonOutputs")
    void printsWhatPythonPrints(String description, String input, String python) {
        assertThat(CanonicalJson.serialize(parse(input))).isEqualTo(python);
        assertThat(CanonicalJson.utf8Bytes(parse(input))).isEqualTo(python.getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1504643064.0, 1504643064.0",
        "1e-05, 1e-05",
        "1.5e16, 1.5e+16",
        "1e15, 1000000000000000.0",
        "0.0001, 0.0001",
        "0.1, 0.1",
        "-0.0, -0.0",
        "5e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        // Java 17's Double.toString gives 17 digits here (5.2990648348713776E16), Python 16.
        "5.299064834871378e16, 5.299064834871378e+16",
        // A power of two: the rounding interval is lopsided, so the nearest candidate may not read back.
        "9.223372036854776e18, 9.223372036854776e+18",
        "2.2250738585072014e-308, 2.2250738585072014e-308"
    })
    void formatsFloatsLikePythonRepr(double value, String python) {
        assertThat(CanonicalJson.pythonFloatRepr(value)).isEqualTo(python);
    }

    @Test
    void leavesOutNothingAndAddsNothing() {
        JsonObject envelope = parse("{\"topic\": \"t\", \"crypto\": \"x509\", \"msg\": {\"a\": [true, false, null]}}")
                .asJsonObject();

        assertThat(CanonicalJson.serialize(envelope))
                .isEqualTo("{\"crypto\":\"x509\",\"msg\":{\"a\":[true,false,null]},\"topic\":\"t\"}");
    }

    static List<ReferenceResult> verifiedByTheReference() {
        return ReferenceResult.where(ReferenceResult::verified);
    }

    /**
     * The real proof: the canonical text of each production message the reference verified is
     * exactly what its publisher signed, checked with the signer's key alone (no CA involved).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("verifiedByTheReference")
    void reproducesTheBytesProductionPublishersSigned(ReferenceResult reference) throws Exception {
        JsonObject envelope = reference.envelope();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(Base64.getMimeDecoder().decode(envelope.getString("certificate"))));
        JsonObject signedPart = Json.createObjectBuilder(envelope).remove("signature").remove("certificate").build();

        Signature signature = Signature.getInstance("SHA1withRSA");
        signature.initVerify(certificate.getPublicKey());
        signature.update(CanonicalJson.utf8Bytes(signedPart));

        assertThat(signature.verify(Base64.getMimeDecoder().decode(envelope.getString("signature"))))
                .as("signature of %s", reference.file())
                .isTrue();
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
