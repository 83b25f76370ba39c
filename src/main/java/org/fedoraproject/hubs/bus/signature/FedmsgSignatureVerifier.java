package org.fedoraproject.hubs.bus.signature;

import static org.fedoraproject.hubs.JsonProviders.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Checks the x509 signature of a fedmsg envelope the way fedmsg's {@code fedmsg.crypto.x509} does,
 * except that certificate dates are judged at the message's own {@code timestamp} rather than now,
 * so a message stays verifiable after its signer's certificate expires (every production
 * certificate of 2014-2019 has).
 *
 * <p>A signed envelope carries {@code crypto: "x509"}, {@code signature} (base64 of an RSA PKCS#1
 * v1.5 SHA-1 signature) and {@code certificate} (base64 of the signer's PEM certificate), both base64
 * texts wrapped at 76 characters. The signature covers the {@link CanonicalJson} of the envelope
 * without {@code signature} and {@code certificate} ({@code crypto} included). The certificate must
 * be issued by the configured CA, valid when the message was sent, not on the CA's revocation list,
 * and, if the routing policy says so, allowed on the message's topic.
 *
 * <p>A copy fetched from datagrepper must first go through {@link DatagrepperCopies#restoreAsSigned}.
 * Instances are immutable and safe to share between threads.
 */
public final class FedmsgSignatureVerifier {

    private static final String X509_SCHEME = "x509";
    private static final String SIGNATURE_ALGORITHM = "SHA1withRSA";

    private final X509Certificate certificateAuthority;
    private final X509CRL revocationList;
    private final RoutingPolicy routingPolicy;
    private final Clock clock;

    /**
     * @param certificateAuthority the bus CA every signing certificate must be issued by
     * @param revocationList the CA's CRL, or null to check no revocation
     * @param routingPolicy which certificates may publish on which topics ({@link RoutingPolicy#OPEN}: any)
     * @param clock the time to judge certificates at when an envelope has no {@code timestamp}
     * @throws IllegalArgumentException if the CRL is not signed by the CA
     */
    public FedmsgSignatureVerifier(X509Certificate certificateAuthority, X509CRL revocationList,
                                   RoutingPolicy routingPolicy, Clock clock) {
        this.certificateAuthority = Objects.requireNonNull(certificateAuthority, "certificateAuthority");
        this.routingPolicy = Objects.requireNonNull(routingPolicy, "routingPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (revocationList != null) {
            try {
                revocationList.verify(certificateAuthority.getPublicKey());
            } catch (GeneralSecurityException e) {
                // A CRL from another CA would silently revoke nothing (or the wrong serials).
                throw new IllegalArgumentException("the revocation list " + revocationList.getIssuerX500Principal()
                        + " is not signed by the CA " + certificateAuthority.getSubjectX500Principal(), e);
            }
        }
        this.revocationList = revocationList;
    }

    /**
     * Reads the CA certificate and, if {@code revocationList} is not null, its CRL from PEM files.
     *
     * @throws IllegalArgumentException if the CRL is not signed by the CA
     */
    public static FedmsgSignatureVerifier fromPemFiles(Path certificateAuthority, Path revocationList,
                                                       RoutingPolicy routingPolicy, Clock clock)
            throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        X509Certificate ca;
        try (InputStream in = Files.newInputStream(certificateAuthority)) {
            ca = (X509Certificate) factory.generateCertificate(in);
        }
        X509CRL crl = null;
        if (revocationList != null) {
            try (InputStream in = Files.newInputStream(revocationList)) {
                crl = (X509CRL) factory.generateCRL(in);
            }
        }
        return new FedmsgSignatureVerifier(ca, crl, routingPolicy, clock);
    }

    /**
     * Returns normally if the envelope is signed by a certificate this verifier trusts for its topic.
     *
     * @return the signing certificate's CN, e.g. {@code koji-koji01.phx2.fedoraproject.org}
     * @throws InvalidSignatureException if it is not, saying why
     */
    public String verify(JsonObject envelope) throws InvalidSignatureException {
        JsonValue signatureField = field(envelope, "signature");
        JsonValue certificateField = field(envelope, "certificate");
        if (signatureField == null && certificateField == null) {
            throw new InvalidSignatureException(SignatureFailure.UNSIGNED, "the envelope carries no signature");
        }
        String scheme = scheme(envelope, certificateField != null);
        if (!X509_SCHEME.equals(scheme)) {
            throw new InvalidSignatureException(SignatureFailure.UNSUPPORTED_SCHEME,
                    "signed with '" + scheme + "'; only x509 signatures can be checked");
        }
        if (certificateField == null) {
            throw new InvalidSignatureException(SignatureFailure.UNSIGNED, "x509 signature without a certificate");
        }
        if (signatureField == null) {
            throw new InvalidSignatureException(SignatureFailure.UNSIGNED, "x509 certificate without a signature");
        }
        X509Certificate certificate = certificate(certificateField);
        String commonName = commonName(certificate);
        checkIssuedByCertificateAuthority(certificate, commonName);
        checkValidWhenSent(certificate, commonName, sentAt(envelope));
        checkNotRevoked(certificate, commonName);
        checkSignature(envelope, signatureField, certificate, commonName);
        checkRoutingPolicy(envelope, commonName);
        return commonName;
    }

    /** A field's value, or null if it is absent or JSON null (UMB bridges write "signature": null). */
    private static JsonValue field(JsonObject envelope, String name) {
        JsonValue value = envelope.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    /**
     * The scheme {@code crypto} names. Without one, fedmsg infers it from the fields: a certificate
     * means x509, a lone signature gpg. UMB bridges wrote Python's None as the text "null", which
     * counts as no {@code crypto} too.
     */
    private static String scheme(JsonObject envelope, boolean hasCertificate) {
        JsonValue crypto = field(envelope, "crypto");
        String named = crypto instanceof JsonString text ? text.getString() : crypto == null ? null : crypto.toString();
        if (named == null || named.equals("null")) {
            return hasCertificate ? X509_SCHEME : "gpg";
        }
        return named;
    }

    private static X509Certificate certificate(JsonValue field) throws InvalidSignatureException {
        if (!(field instanceof JsonString text)) {
            throw new InvalidSignatureException(SignatureFailure.MALFORMED_CERTIFICATE,
                    "the certificate is a JSON " + field.getValueType().name().toLowerCase(Locale.ROOT)
                            + ", not base64 text");
        }
        try {
            // The MIME decoder skips the line breaks fedmsg wraps base64 with at 76 characters.
            byte[] pem = Base64.getMimeDecoder().decode(text.getString());
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new InvalidSignatureException(SignatureFailure.MALFORMED_CERTIFICATE,
                    "the certificate is not a base64 PEM X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** The first CN of the subject, the name routing policies list (fedmsg's choice too). */
    private static String commonName(X509Certificate certificate) throws InvalidSignatureException {
        X500Principal subject = certificate.getSubjectX500Principal();
        try {
            // LdapName lists RDNs in certificate order, the reverse of the RFC 2253 text.
            for (Rdn rdn : new LdapName(subject.getName(X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            throw new InvalidSignatureException(SignatureFailure.MALFORMED_CERTIFICATE,
                    "unreadable certificate subject " + subject, e);
        }
        throw new InvalidSignatureException(SignatureFailure.MALFORMED_CERTIFICATE,
                "the certificate subject " + subject + " has no CN to route by");
    }

    private void checkIssuedByCertificateAuthority(X509Certificate certificate, String commonName)
            throws InvalidSignatureException {
        X500Principal issuer = certificate.getIssuerX500Principal();
        if (!issuer.equals(certificateAuthority.getSubjectX500Principal())) {
            throw new InvalidSignatureException(SignatureFailure.UNTRUSTED_CERTIFICATE,
                    "certificate " + commonName + " is issued by " + issuer + ", not by the bus CA");
        }
        try {
            certificate.verify(certificateAuthority.getPublicKey());
        } catch (GeneralSecurityException e) {
            // CAs share names (fedmsg's test CA and Fedora's are both "CN=fedmsg"): only the key tells.
            throw new InvalidSignatureException(SignatureFailure.UNTRUSTED_CERTIFICATE,
                    "certificate " + commonName + " names the bus CA as issuer but is not signed by its key", e);
        }
    }

    /**
     * The envelope's {@code timestamp} (seconds, possibly fractional), or now if it has none. The
     * timestamp is covered by the signature, so it cannot be moved without the signer's key.
     */
    private Instant sentAt(JsonObject envelope) {
        if (envelope.get("timestamp") instanceof JsonNumber seconds) {
            return Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000));
        }
        return clock.instant();
    }

    /**
     * The signing certificate must be within its dates when the message was sent, and the CA must
     * not have expired by then. The CA's start date is not checked: Fedora re-issued its CA
     * certificate in 2022 with the 2012 key (badca.crt in fedmsg's test PKI is the 2012 issue), so
     * the certificate a consumer holds today starts after the messages it legitimately vouches for.
     */
    private void checkValidWhenSent(X509Certificate certificate, String commonName, Instant sentAt)
            throws InvalidSignatureException {
        try {
            certificate.checkValidity(Date.from(sentAt));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new InvalidSignatureException(SignatureFailure.CERTIFICATE_NOT_VALID_AT_MESSAGE_TIME,
                    "certificate " + commonName + " is valid from " + certificate.getNotBefore().toInstant()
                            + " to " + certificate.getNotAfter().toInstant() + ", the message was sent at " + sentAt,
                    e);
        }
        Instant caExpiry = certificateAuthority.getNotAfter().toInstant();
        if (sentAt.isAfter(caExpiry)) {
            throw new InvalidSignatureException(SignatureFailure.CERTIFICATE_NOT_VALID_AT_MESSAGE_TIME,
                    "the bus CA expired at " + caExpiry + ", the message was sent at " + sentAt);
        }
    }

    /**
     * Revocation counts whatever the message's time: a key is revoked because it may be in other
     * hands, and those hands can write any timestamp.
     */
    private void checkNotRevoked(X509Certificate certificate, String commonName) throws InvalidSignatureException {
        if (revocationList == null) {
            return;
        }
        X509CRLEntry entry = revocationList.getRevokedCertificate(certificate);
        if (entry != null) {
            throw new InvalidSignatureException(SignatureFailure.REVOKED, "certificate " + commonName + " (serial "
                    + certificate.getSerialNumber().toString(16) + ") was revoked at "
                    + entry.getRevocationDate().toInstant());
        }
    }

    private static void checkSignature(JsonObject envelope, JsonValue signatureField, X509Certificate certificate,
                                       String commonName) throws InvalidSignatureException {
        if (!(signatureField instanceof JsonString text)) {
            throw new InvalidSignatureException(SignatureFailure.BAD_SIGNATURE, "the signature is not base64 text");
        }
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(text.getString());
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException(SignatureFailure.BAD_SIGNATURE, "the signature is not base64", e);
        }
        JsonObject signed = JSON.createObjectBuilder(envelope).remove("signature").remove("certificate").build();
        boolean matches;
        try {
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(CanonicalJson.utf8Bytes(signed));
            matches = verifier.verify(signature);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide " + SIGNATURE_ALGORITHM, e);
        } catch (InvalidKeyException | SignatureException e) {
            throw new InvalidSignatureException(SignatureFailure.BAD_SIGNATURE,
                    "cannot check an RSA SHA-1 signature with certificate " + commonName + ": " + e.getMessage(), e);
        }
        if (!matches) {
            throw new InvalidSignatureException(SignatureFailure.BAD_SIGNATURE,
                    "the signature does not match the envelope for certificate " + commonName);
        }
    }

    private void checkRoutingPolicy(JsonObject envelope, String commonName) throws InvalidSignatureException {
        String topic = envelope.get("topic") instanceof JsonString text ? text.getString() : null;
        if (!routingPolicy.allows(topic, commonName)) {
            String detail = topic != null && routingPolicy.allowedCommonNamesByTopic().containsKey(topic)
                    ? "certificate " + commonName + " may not publish on " + topic
                    : "the routing policy does not list topic " + topic + " and unlisted topics are refused";
            throw new InvalidSignatureException(SignatureFailure.CN_NOT_ALLOWED, detail);
        }
    }
}
