package nl.opgroeiruimte.casefile.infra.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import org.junit.jupiter.api.Test;

/** The province filter of the country overview knows the province of every current municipality. */
class ProvincesTest {

    @Test
    void everyMunicipalityOfTheReferenceListLiesInOneProvince() {
        DutchMunicipalities.all()
                .forEach(m -> assertThat(Provinces.of(m.cbsCode()))
                        .as(m.cbsCode() + " " + m.name())
                        .isPresent());
        assertThat(Provinces.byMunicipality()).hasSameSizeAs(DutchMunicipalities.all());
    }

    @Test
    void theProvincesHoldAsManyMunicipalitiesAsCbsCountsFor2023() {
        Map<String, Integer> counts = new TreeMap<>();
        Provinces.byMunicipality().values().forEach(p -> counts.merge(p, 1, Integer::sum));

        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("Groningen", 10),
                        Map.entry("Fryslân", 18),
                        Map.entry("Drenthe", 12),
                        Map.entry("Overijssel", 25),
                        Map.entry("Flevoland", 6),
                        Map.entry("Gelderland", 51),
                        Map.entry("Utrecht", 26),
                        Map.entry("Noord-Holland", 44),
                        Map.entry("Zuid-Holland", 50),
                        Map.entry("Zeeland", 13),
                        Map.entry("Noord-Brabant", 56),
                        Map.entry("Limburg", 31)));
    }

    @Test
    void theSeedsMunicipalitiesLieWhereTheyLie() {
        assertThat(Provinces.of("GM0193")).contains("Overijssel"); // Zwolle
        assertThat(Provinces.of("GM0301")).contains("Gelderland"); // Zutphen
        assertThat(Provinces.of("GM0363")).contains("Noord-Holland"); // Amsterdam
        assertThat(Provinces.of("GM0402")).contains("Noord-Holland"); // Hilversum
        assertThat(Provinces.of("GM0503")).contains("Zuid-Holland"); // Delft
        assertThat(Provinces.of("GM0518")).contains("Zuid-Holland"); // 's-Gravenhage
        assertThat(Provinces.of("GM1992")).contains("Zuid-Holland"); // Voorne aan Zee, since 2023
        assertThat(Provinces.of("GM1961")).contains("Utrecht"); // Vijfheerenlanden, since 2019
    }
}
