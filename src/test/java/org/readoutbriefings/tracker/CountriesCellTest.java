package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.reference.CountryDirectory;

class CountriesCellTest {

    private final CountriesCell cell = new CountriesCell(CountryDirectory.builtIn());

    @Test
    void takesCodesNamesAndAliasesAsStaffTypeThem() {
        assertThat(cell.read("AT, PL, SE")).isEqualTo(new CountriesCell.Taken(List.of("AT", "PL", "SE")));
        assertThat(cell.read("Austria; Poland")).isEqualTo(new CountriesCell.Taken(List.of("AT", "PL")));
        assertThat(cell.read(" poland\nAUT ;; the Netherlands, ")).isEqualTo(new CountriesCell.Taken(List.of("AT", "NL", "PL")));
        assertThat(cell.read("ROK, U.S., United Kingdom")).isEqualTo(new CountriesCell.Taken(List.of("GB", "KR", "US")));
        assertThat(cell.read("at pl")).isEqualTo(new CountriesCell.Taken(List.of("AT", "PL")));
        assertThat(cell.read("Poland, PL, POL")).isEqualTo(new CountriesCell.Taken(List.of("PL")));
        // names that hold a comma, as ISO lists write them
        assertThat(cell.read("Korea, Republic of; Saint Helena, Ascension and Tristan da Cunha"))
                .isEqualTo(new CountriesCell.Taken(List.of("KR", "SH")));
    }

    @Test
    void whatTheCellShowsOnceTakenReadsBackTheSame() {
        for (List<String> codes : List.of(List.of("AT", "PL"), List.of("KR", "SH", "US"), List.of("CD", "CG"))) {
            String shown = cell.show(codes);
            assertThat(cell.read(shown)).as(shown).isEqualTo(new CountriesCell.Taken(codes));
        }
        assertThat(cell.show(List.of("AT", "PL"))).isEqualTo("Austria, Poland");
    }

    @Test
    void refusesTheWholeCellForAnEntryUnknownOrAmbiguousSayingWhich() {
        assertThat(cell.read("Narnia")).isEqualTo(new CountriesCell.Refused("'Narnia' is not a country the list knows:"
                + " give an ISO code (such as AT) or the English name"));
        assertThat(cell.read("Austria; Narnia ")).isEqualTo(new CountriesCell.Refused("'Austria; Narnia': 'Narnia' is not"
                + " a country the list knows: give an ISO code (such as AT) or the English name"));
        assertThat(cell.read("Congo")).isEqualTo(new CountriesCell.Refused("'Congo' could mean CG (Republic of the Congo)"
                + " or CD (Democratic Republic of the Congo): give its ISO code"));
        assertThat(cell.read("AT, Korea")).isEqualTo(new CountriesCell.Refused("'AT, Korea': 'Korea' could mean"
                + " KR (South Korea) or KP (North Korea): give its ISO code"));
        assertThat(cell.read("AT XX")).isInstanceOf(CountriesCell.Refused.class);
        assertThat(cell.read(" ; ,")).isEqualTo(new CountriesCell.Refused("'; ,' names no country"));
    }
}
