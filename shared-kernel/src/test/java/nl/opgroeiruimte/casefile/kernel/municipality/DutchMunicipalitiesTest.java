package nl.opgroeiruimte.casefile.kernel.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities.ListedMunicipality;
import org.junit.jupiter.api.Test;

/** The reference list holds the 342 municipalities of 2025/2026, the seeds' municipalities among them. */
class DutchMunicipalitiesTest {

    @Test
    void theListHoldsThe342CurrentMunicipalities() {
        assertThat(DutchMunicipalities.all()).hasSize(342);
        assertThat(DutchMunicipalities.all())
                .extracting(ListedMunicipality::cbsCode)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("GM\\d{4}"));
    }

    @Test
    void theSeedsMunicipalitiesHaveTheirCbsCodes() {
        assertThat(DutchMunicipalities.find("GM0193"))
                .map(ListedMunicipality::name)
                .contains("Zwolle");
        assertThat(DutchMunicipalities.find("GM0301"))
                .map(ListedMunicipality::name)
                .contains("Zutphen");
        assertThat(DutchMunicipalities.find("GM0363"))
                .map(ListedMunicipality::name)
                .contains("Amsterdam");
        assertThat(DutchMunicipalities.find("GM0518"))
                .map(ListedMunicipality::name)
                .contains("'s-Gravenhage");
        assertThat(DutchMunicipalities.find("GM0503"))
                .map(ListedMunicipality::name)
                .contains("Delft");
        assertThat(DutchMunicipalities.find("GM0402"))
                .map(ListedMunicipality::name)
                .contains("Hilversum");
        assertThat(DutchMunicipalities.find("GM1916"))
                .map(ListedMunicipality::name)
                .contains("Leidschendam-Voorburg");
        assertThat(DutchMunicipalities.find("GM0014"))
                .map(ListedMunicipality::name)
                .contains("Groningen");
        assertThat(DutchMunicipalities.find("GM0171"))
                .map(ListedMunicipality::name)
                .contains("Noordoostpolder");
    }

    @Test
    void aNameWithACommaIsReadWhole() {
        assertThat(DutchMunicipalities.find("GM0820"))
                .map(ListedMunicipality::name)
                .contains("Nuenen, Gerwen en Nederwetten");
    }

    @Test
    void municipalitiesThatMergedAwayAreNoLongerCurrent() {
        assertThat(DutchMunicipalities.isCurrent("GM0457"))
                .as("Weesp, part of Amsterdam since 2022")
                .isFalse();
        assertThat(DutchMunicipalities.isCurrent("GM0501"))
                .as("Brielle, part of Voorne aan Zee since 2023")
                .isFalse();
        assertThat(DutchMunicipalities.find("GM1992"))
                .map(ListedMunicipality::name)
                .contains("Voorne aan Zee");
        assertThat(DutchMunicipalities.isCurrent("GM9999")).isFalse();
        assertThat(DutchMunicipalities.isCurrent(null)).isFalse();
    }

    @Test
    void theReferenceListSaysWhichCodesExistedOnWhichDay() {
        LocalDate newYear2022 = LocalDate.of(2022, 1, 1);
        assertThat(DutchMunicipalities.existedOn("GM0856", newYear2022.minusDays(1)))
                .as("Uden on its last day")
                .isTrue();
        assertThat(DutchMunicipalities.existedOn("GM0856", newYear2022))
                .as("Uden, part of Maashorst from 1 January 2022")
                .isFalse();
        assertThat(DutchMunicipalities.existedOn("GM1991", newYear2022.minusDays(1)))
                .as("Maashorst before it was created")
                .isFalse();
        assertThat(DutchMunicipalities.existedOn("GM1991", newYear2022)).isTrue();
        assertThat(DutchMunicipalities.existedOn("GM0363", LocalDate.of(2020, 1, 1)))
                .as("Amsterdam, which absorbed Weesp, existed before")
                .isTrue();
        assertThat(DutchMunicipalities.existedOn("GM9999", newYear2022)).isFalse();
    }

    @Test
    void aFormerMunicipalityIsHistoricWithItsSuccessorNotUnknown() {
        assertThat(DutchMunicipalities.former("GM0501"))
                .contains(new DutchMunicipalities.FormerMunicipality(
                        "GM0501", "Brielle", LocalDate.of(2023, 1, 1), "GM1992"));
        assertThat(DutchMunicipalities.mergedInto("GM1991"))
                .extracting(DutchMunicipalities.FormerMunicipality::name)
                .containsExactly("Uden", "Landerd");
        assertThat(DutchMunicipalities.nameOf("GM0457")).contains("Weesp");
    }

    @Test
    void anElectionWithoutADateTookPlaceOnTheLatestNationalElectionDay() {
        assertThat(NationalElections.latestOnOrBefore(LocalDate.of(2022, 3, 20)))
                .contains(LocalDate.of(2022, 3, 16));
        assertThat(NationalElections.latestOnOrBefore(LocalDate.of(2026, 3, 18)))
                .contains(LocalDate.of(2026, 3, 18));
        assertThat(NationalElections.latestOnOrBefore(LocalDate.of(2018, 3, 20)))
                .isEmpty();
        assertThat(NationalElections.nextAfter(LocalDate.of(2024, 1, 1))).contains(LocalDate.of(2026, 3, 18));
    }
}
