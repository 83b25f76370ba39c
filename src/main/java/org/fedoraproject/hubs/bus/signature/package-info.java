/**
 * fedmsg x509 signatures: the canonical JSON a signature covers ({@link
 * org.fedoraproject.hubs.bus.signature.CanonicalJson}), the check that a bus envelope was signed
 * by a certificate of the bus CA that was valid when the message was sent, is not revoked and may
 * publish on its topic ({@link org.fedoraproject.hubs.bus.signature.FedmsgSignatureVerifier}), and
 * the repair datagrepper copies need before they verify ({@link
 * org.fedoraproject.hubs.bus.signature.DatagrepperCopies}). Plain classes, no CDI: ingest decides
 * what to do with a message that fails.
 */
package org.fedoraproject.hubs.bus.signature;
