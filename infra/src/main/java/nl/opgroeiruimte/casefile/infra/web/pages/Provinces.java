package nl.opgroeiruimte.casefile.infra.web.pages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The province of each current municipality, from {@code reference/municipality-provinces.csv} (the
 * file says where it comes from), for the country overview's province filter.
 */
public final class Provinces {
    static final String RESOURCE = "/reference/municipality-provinces.csv";
    private static final Map<String, String> BY_MUNICIPALITY = load();

    private Provinces() {}

    public static Optional<String> of(String cbsCode) {
        return Optional.ofNullable(cbsCode == null ? null : BY_MUNICIPALITY.get(cbsCode));
    }

    /** The twelve provinces, in alphabetical order. */
    public static List<String> all() {
        return List.copyOf(new TreeSet<>(BY_MUNICIPALITY.values()));
    }

    static Map<String, String> byMunicipality() {
        return BY_MUNICIPALITY;
    }

    private static Map<String, String> load() {
        try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Reference list " + RESOURCE + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> byCode = new LinkedHashMap<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split(",", 2);
                if (fields.length != 2 || byCode.put(fields[0].strip(), fields[1].strip()) != null) {
                    throw new IllegalStateException(
                            "Reference list " + RESOURCE + " has a malformed or repeated line: " + line);
                }
            }
            return Collections.unmodifiableMap(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
