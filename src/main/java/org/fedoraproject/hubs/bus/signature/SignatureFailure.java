package org.fedoraproject.hubs.bus.signature;

/** Why a bus message's signature was not accepted. */
public enum SignatureFailure {
    /** The envelope carries no signature, or only part of one (a signature without a certificate...). */
    UNSIGNED,
    /** Signed with a scheme other than x509 ({@code gpg}), which needs a keyring Hubs does not keep. */
    UNSUPPORTED_SCHEME,
    /** The {@code certificate} field is not a base64 PEM X.509 certificate. */
    MALFORMED_CERTIFICATE,
    /** The certificate was not issued by the configured bus CA. */
    UNTRUSTED_CERTIFICATE,
    /** The certificate, or the CA, was not valid at the message's own {@code timestamp}. */
    CERTIFICATE_NOT_VALID_AT_MESSAGE_TIME,
    /** The certificate is on the CA's revocation list. */
    REVOKED,
    /** The routing policy does not let the certificate's CN publish on the message's topic. */
    CN_NOT_ALLOWED,
    /** The signature does not match the envelope: edited after signing, or not signed by that certificate. */
    BAD_SIGNATURE
}
