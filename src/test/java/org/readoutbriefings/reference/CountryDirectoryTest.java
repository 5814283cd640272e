package org.readoutbriefings.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryDirectoryTest {

    private static final CountryDirectory countries = CountryDirectory.builtIn();

    @Test
    void holdsTheWholeIsoTable() {
        assertThat(countries.all()).hasSizeGreaterThanOrEqualTo(249);
        assertThat(countries.all()).extracting(Country::alpha2).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US|US", "USA|US", "U.S.|US", "United States|US", "the United States of America|US",
            "Republic of Korea|KR", "ROK|KR", "south korea|KR", "DPRK|KP", "People's Republic of China|CN",
            "United Kingdom|GB", "U.K.|GB", "Britain|GB", "Viet Nam|VN", "Vietnam|VN", "Türkiye|TR", "Turkey|TR",
            "Cote d'Ivoire|CI", "Côte d’Ivoire|CI", "Czech Republic|CZ", "jpn|JP", "Japan|JP", "Holy See|VA"})
    void normalisesCodesAndNames(String given, String code) {
        assertThat(countries.lookup(given)).isEqualTo(new CountryDirectory.Found(countries.byCode(code).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource({"Congo", "Korea", "Georgia"})
    void refusesAmbiguousNames(String given) {
        assertThat(countries.lookup(given)).isInstanceOf(CountryDirectory.Ambiguous.class);
    }

    @ParameterizedTest
    @CsvSource({"Narnia", "XX", "'  '", "Republic of Narnia"})
    void doesNotGuessUnknownNames(String given) {
        assertThat(countries.lookup(given)).isInstanceOf(CountryDirectory.Unknown.class);
    }

    @Test
    void findsDemonymsAndCapitals() {
        assertThat(countries.byDemonym("Japanese")).map(Country::alpha2).contains("JP");
        assertThat(countries.byDemonym("Korean")).isEmpty();
        assertThat(countries.byCapital("Washington")).map(Country::alpha2).contains("US");
        assertThat(countries.byCapital("Beijing")).map(Country::alpha2).contains("CN");
    }
}
