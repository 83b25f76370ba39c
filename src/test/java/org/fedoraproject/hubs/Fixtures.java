package org.fedoraproject.hubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The corpus of real bus messages ({@code src/test/resources/fedmsg}, see its README) and its index. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("hubs.fixtures.dir", "src/test/resources/fedmsg"));
    }

    public static String message(String file) {
        try {
            return Files.readString(dir().resolve("messages").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code topic} of an envelope's JSON text. */
    public static String topicOf(String envelope) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(envelope))) {
            return reader.readObject().getString("topic");
        }
    }

    /** INDEX.tsv as one map per row, keyed by column name. */
    public static List<Map<String, String>> index() {
        try {
            List<String> lines = Files.readAllLines(dir().resolve("INDEX.tsv"), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resource(String name) {
        try (var in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
