package nl.opgroeiruimte.casefile.kernel.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;

/**
 * The reference list of Dutch municipalities with their CBS codes: the current ones, shipped as
 * {@code reference/municipalities.csv}, and those that ceased to exist in a reorganisation (herindeling),
 * shipped as {@code reference/municipal-reorganisations.csv} with the day it took effect and the
 * successor. Together they say which codes exist on which day: a former municipality's code is historic,
 * not unknown, and a new municipality's code exists only from its reorganisation on.
 */
public final class DutchMunicipalities {
    static final String RESOURCE = "/reference/municipalities.csv";
    static final String REORGANISATIONS = "/reference/municipal-reorganisations.csv";

    /** One municipality of the reference list. */
    public record ListedMunicipality(String cbsCode, String name) {}

    /** A municipality that ceased to exist on {@code mergedOn}, when {@code successor} took over its territory. */
    public record FormerMunicipality(String cbsCode, String name, LocalDate mergedOn, String successor) {}

    private static final Map<String, ListedMunicipality> BY_CODE = load();
    private static final Map<String, FormerMunicipality> FORMER = new LinkedHashMap<>();
    /** The first day of a municipality created in a reorganisation; a code not here existed before 2021. */
    private static final Map<String, LocalDate> CREATED_ON = new LinkedHashMap<>();

    static {
        loadReorganisations();
    }

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

    /** The municipality that ceased to exist under this code, if it did (per the reference list). */
    public static Optional<FormerMunicipality> former(String cbsCode) {
        return Optional.ofNullable(cbsCode == null ? null : FORMER.get(cbsCode));
    }

    /** The municipalities that the reference list says merged into this one, in order of code. */
    public static List<FormerMunicipality> mergedInto(String successor) {
        return FORMER.values().stream()
                .filter(former -> former.successor().equals(successor))
                .sorted(java.util.Comparator.comparing(FormerMunicipality::cbsCode))
                .toList();
    }

    /** The first day a municipality created in a reorganisation existed; empty for one that existed before. */
    public static Optional<LocalDate> createdOn(String cbsCode) {
        return Optional.ofNullable(cbsCode == null ? null : CREATED_ON.get(cbsCode));
    }

    /** Whether a municipality existed under this code on the day: current and already created, or not yet merged away. */
    public static boolean existedOn(String cbsCode, LocalDate day) {
        if (isCurrent(cbsCode))
            return createdOn(cbsCode).map(created -> !day.isBefore(created)).orElse(true);
        return former(cbsCode).map(former -> day.isBefore(former.mergedOn())).orElse(false);
    }

    /** The name under which the code is listed, current or former. */
    public static Optional<String> nameOf(String cbsCode) {
        return find(cbsCode)
                .map(ListedMunicipality::name)
                .or(() -> former(cbsCode).map(FormerMunicipality::name));
    }

    private static void loadReorganisations() {
        try (InputStream in = DutchMunicipalities.class.getResourceAsStream(REORGANISATIONS)) {
            if (in == null) throw new IllegalStateException("Reference list " + REORGANISATIONS + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split(",", 5);
                if (fields.length != 5
                        || !BY_CODE.containsKey(fields[1].strip())
                        || !CbsCode.isValid(fields[3].strip())
                        || BY_CODE.containsKey(fields[3].strip())
                        || fields[4].isBlank()) {
                    throw new IllegalStateException(
                            "Reference list " + REORGANISATIONS + " has a malformed line: " + line);
                }
                LocalDate effectiveOn = LocalDate.parse(fields[0].strip());
                String successor = fields[1].strip();
                FormerMunicipality former =
                        new FormerMunicipality(fields[3].strip(), fields[4].strip(), effectiveOn, successor);
                if (FORMER.put(former.cbsCode(), former) != null) {
                    throw new IllegalStateException(
                            "Reference list " + REORGANISATIONS + " lists " + former.cbsCode() + " twice");
                }
                if (fields[2].strip().equals("yes")) CREATED_ON.put(successor, effectiveOn);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
