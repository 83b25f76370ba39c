package org.fedoraproject.hubs.bus.signature;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fedoraproject.hubs.Fixtures;

/**
 * fedmsg's test PKI ({@code signed/test_certs/keys}) and a signer that does what
 * {@code fedmsg.crypto.x509.sign} does, for messages the fixtures do not already hold.
 */
final class TestPki {

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    /** DER of INTEGER 0 and AlgorithmIdentifier {rsaEncryption, NULL}: the head of an RSA PKCS#8 key. */
    private static final byte[] PKCS8_RSA_VERSION_AND_ALGORITHM =
            HexFormat.of().parseHex("020100300d06092a864886f70d0101010500");

    private static final int FEDMSG_BASE64_LINE = 76;

    /**
     * expired_ca.crt as a v3 certificate: same name, key ({@code expired_ca.key}), serial, dates
     * (2017-06-19 14:56:33 to 15:26:55) and extensions. The fixture's own copy says version 4 and
     * Java refuses to parse it. Made with {@code openssl ca -selfsign -startdate 20170619145633Z
     * -enddate 20170619152655Z} from that key; {@code openssl verify} chains signed_by_expired_ca.crt
     * to it.
     */
    private static final String EXPIRED_CA_AS_V3 = """
            -----BEGIN CERTIFICATE-----
            MIIC8jCCAdqgAwIBAgIBADANBgkqhkiG9w0BAQsFADAZMRcwFQYDVQQDDA5jYS5l
            eGFtcGxlLmNvbTAeFw0xNzA2MTkxNDU2MzNaFw0xNzA2MTkxNTI2NTVaMBkxFzAV
            BgNVBAMMDmNhLmV4YW1wbGUuY29tMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIB
            CgKCAQEA4J7I9RKvWbppnU2fYsEdpy7C7zr7EMvwFerchdoPkJHSYcyve4JZvkEu
            bmH/Lj4ealPD9OYmmTetuXDyUJSSVqUgkE/wHTNCddsze6RiVOqfMYv5OBC8D2Bo
            mKwXPGk7XbeurdJ+/51Slrn0VPMjTY7GOerb+XOqKb9VJ5A2sRK0ZxwzBCzzskHS
            2I4Xn3TL+Hg8vjVAKJ3GKcsP9KWilEGhkhQ5AeON/nobqCsYaWmxtO0XE4OQmRje
            OlPtZsUsbAE1qr6RB1E31kTxDjOrNCxQfJ/Q8q4HwB6Gi1MtlDVi/Iu9BCZUxoIO
            6uqLbFDYL6ss8vM9V+c59yMTWykiuwIDAQABo0UwQzASBgNVHRMBAf8ECDAGAQH/
            AgEAMA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUABFg7/4dYHHv8SFXrKTa7bqt
            X78wDQYJKoZIhvcNAQELBQADggEBAB/bLwlQfvbXIkBytp2qfbz0Y5FcTSkc7MYp
            bCKNy9ukANS7cSiRPZpn488Grblw0g0grU+/zjCcSP3WKpQq+tqenO9NQ+phBU9f
            h+eN2WN1ppoqBCUYVVopNWtSuMCsgighV5awe8IF70dgt/TMmbhOtXi4FO1bklJf
            zLfTbtTaEsjuRBqKiSguGvhVila59wDI1u5GWEwF/ySU8os5WRUMnERaAzG8y+XD
            6vz1GnXqk+N1irLT+GpZYAffU9gigAQ9LS2y/YzgqvUMzNNXCM/l32F4Qy8HPwyU
            qOXGNWMzy8/ILhmVeGWrC4y/itbqb7ygOwtba233QHeT3KAWuyA=
            -----END CERTIFICATE-----
            """;

    private TestPki() {
    }

    static Path file(String name) {
        return Fixtures.dir().resolve("signed/test_certs/keys").resolve(name);
    }

    static X509Certificate certificate(String name) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file(name))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** The CA of {@code signed_by_expired_ca.crt}, which expired in 2017 (see {@link #EXPIRED_CA_AS_V3}). */
    static X509Certificate expiredCa() throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(EXPIRED_CA_AS_V3.getBytes(StandardCharsets.US_ASCII)));
    }

    static X509CRL revocationList(String name) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file(name))) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        }
    }

    /** An RSA key from PEM, PKCS#8 ({@code PRIVATE KEY}) or PKCS#1 ({@code RSA PRIVATE KEY}) alike. */
    static PrivateKey privateKey(String name) throws IOException, GeneralSecurityException {
        Matcher pem = PEM_BLOCK.matcher(Files.readString(file(name), StandardCharsets.US_ASCII));
        if (!pem.find()) {
            throw new IllegalArgumentException(name + " holds no PEM block");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.group(2));
        byte[] pkcs8 = switch (pem.group(1)) {
            case "PRIVATE KEY" -> der;
            case "RSA PRIVATE KEY" -> pkcs8FromPkcs1(der);
            default -> throw new IllegalArgumentException(name + " holds a " + pem.group(1) + ", not a private key");
        };
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /**
     * The envelope with {@code crypto}, {@code signature} and {@code certificate} added, signed with
     * {@code <certName>.key} and carrying {@code <certName>.crt}.
     */
    static JsonObject sign(JsonObject unsigned, String certName) throws IOException, GeneralSecurityException {
        JsonObject withScheme = Json.createObjectBuilder(unsigned).add("crypto", "x509").build();
        Signature signer = Signature.getInstance("SHA1withRSA");
        signer.initSign(privateKey(certName + ".key"));
        signer.update(CanonicalJson.utf8Bytes(withScheme));
        byte[] signature = signer.sign();
        byte[] certificateDer = certificate(certName + ".crt").getEncoded();
        String certificatePem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificateDer)
                + "\n-----END CERTIFICATE-----\n";
        return Json.createObjectBuilder(withScheme)
                .add("signature", fedmsgBase64(signature))
                .add("certificate", fedmsgBase64(certificatePem.getBytes(StandardCharsets.US_ASCII)))
                .build();
    }

    /** Base64 cut every 76 characters, each line ending in a newline: M2Crypto's layout, which fedmsg kept. */
    private static String fedmsgBase64(byte[] bytes) {
        String text = Base64.getEncoder().encodeToString(bytes);
        StringBuilder wrapped = new StringBuilder();
        for (int start = 0; start < text.length(); start += FEDMSG_BASE64_LINE) {
            wrapped.append(text, start, Math.min(start + FEDMSG_BASE64_LINE, text.length())).append('\n');
        }
        return wrapped.toString();
    }

    /** KeyFactory reads only PKCS#8: wrap the PKCS#1 RSAPrivateKey in a PrivateKeyInfo. */
    private static byte[] pkcs8FromPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(PKCS8_RSA_VERSION_AND_ALGORITHM);
        content.writeBytes(der(0x04, pkcs1));
        return der(0x30, content.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (content.length < 0x80) {
            out.write(content.length);
        } else {
            int lengthBytes = (Integer.SIZE - Integer.numberOfLeadingZeros(content.length) + 7) / 8;
            out.write(0x80 | lengthBytes);
            for (int shift = 8 * (lengthBytes - 1); shift >= 0; shift -= 8) {
                out.write(content.length >>> shift);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
