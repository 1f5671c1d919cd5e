package nl.opgroeiruimte.casefile.kernel.municipality;

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
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;

/**
 * The reference list of current Dutch municipalities with their CBS codes, shipped as
 * {@code reference/municipalities.csv}: a municipality is registered in the case file only under a code
 * on this list, and takes its name from it.
 */
public final class DutchMunicipalities {
    static final String RESOURCE = "/reference/municipalities.csv";

    /** One municipality of the reference list. */
    public record ListedMunicipality(String cbsCode, String name) {}

    private static final Map<String, ListedMunicipality> BY_CODE = load();

    private DutchMunicipalities() {}

    /** Every current municipality, in order of CBS code. */
    public static List<ListedMunicipality> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<ListedMunicipality> find(String cbsCode) {
        return Optional.ofNullable(cbsCode == null ? null : BY_CODE.get(cbsCode));
    }

    /** Whether the code belongs to a municipality that exists today (not merely has the form of a CBS code). */
    public static boolean isCurrent(String cbsCode) {
        return find(cbsCode).isPresent();
    }

    private static Map<String, ListedMunicipality> load() {
        try (InputStream in = DutchMunicipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Reference list " + RESOURCE + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, ListedMunicipality> byCode = new LinkedHashMap<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                // The code never holds a comma; a name may ("Nuenen, Gerwen en Nederwetten").
                String[] fields = line.split(",", 2);
                if (fields.length != 2 || !CbsCode.isValid(fields[0].strip()) || fields[1].isBlank()) {
                    throw new IllegalStateException("Reference list " + RESOURCE + " has a malformed line: " + line);
                }
                ListedMunicipality municipality = new ListedMunicipality(fields[0].strip(), fields[1].strip());
                if (byCode.put(municipality.cbsCode(), municipality) != null) {
                    throw new IllegalStateException(
                            "Reference list " + RESOURCE + " lists " + municipality.cbsCode() + " twice");
                }
            }
            return Collections.unmodifiableMap(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
