package org.fedoraproject.hubs.bus.signature;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Predicate;
import org.fedoraproject.hubs.Fixtures;

/**
 * One row of {@code signed/SIGNATURE_CHECK.tsv}: how a reference (Python) verification against
 * {@code fedora_ca.crt} judged a signed corpus message, e.g.
 * {@code sig_ok=True;ca_ok=True;cn=koji-koji01.phx2.fedoraproject.org} or {@code unverifiable(...)}.
 */
record ReferenceResult(String file, String topic, String result) {

    static List<ReferenceResult> all() {
        try {
            List<String> lines = Files.readAllLines(Fixtures.dir().resolve("signed/SIGNATURE_CHECK.tsv"),
                    StandardCharsets.UTF_8);
            return lines.subList(1, lines.size()).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(cells -> new ReferenceResult(cells[0], cells[1], cells[4]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReferenceResult> where(Predicate<ReferenceResult> condition) {
        return all().stream().filter(condition).toList();
    }

    /** The signature matched and the certificate chains to the CA. */
    boolean verified() {
        return result.startsWith("sig_ok=True;ca_ok=True");
    }

    /** The certificate chains to the CA but the signature does not match: edited after signing. */
    boolean editedAfterSigning() {
        return result.startsWith("sig_ok=False;ca_ok=True");
    }

    /** The certificate could not even be loaded. */
    boolean unverifiable() {
        return result.startsWith("unverifiable");
    }

    String commonName() {
        int start = result.indexOf("cn=");
        if (start < 0) {
            throw new IllegalStateException(file + " has no signer in its reference result " + result);
        }
        return result.substring(start + "cn=".length());
    }

    /** The message as stored, made back into what was signed if it is a datagrepper copy. */
    JsonObject envelope() {
        try (var reader = Json.createReader(new StringReader(Fixtures.message(file)))) {
            return DatagrepperCopies.restoreAsSigned(reader.readObject());
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
