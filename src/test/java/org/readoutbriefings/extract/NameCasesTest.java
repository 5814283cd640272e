package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameCasesTest {

    @Test
    void theTitlesCaseSaysTheNamesAndItsEndingsAreUndone() {
        assertThat(NameCases.nominative("Бахтиёром Саидовым", NameCases.of("Министром иностранных дел"))).isEqualTo("Бахтиёр Саидов");
        assertThat(NameCases.nominative("Сергеем Лавровым", NameCases.of("Министром"))).isEqualTo("Сергей Лавров");
        assertThat(NameCases.nominative("Касым-Жомарта Токаева", NameCases.of("Президента"))).isEqualTo("Касым-Жомарт Токаев");
        assertThat(NameCases.nominative("Марии Захаровой", NameCases.of("Посла"))).isEqualTo("Мария Захарова");
        assertThat(NameCases.nominative("Радославом Сікорським", NameCases.of("Міністром закордонних справ")))
                .isEqualTo("Радослав Сікорський");
        assertThat(NameCases.nominative("Олександра Ткаченка", NameCases.of("Міністра"))).isEqualTo("Олександр Ткаченко");
        assertThat(NameCases.nominative("Ивану Петрову", NameCases.of("Послу"))).isEqualTo("Иван Петров");
    }

    @Test
    void aNameAfterATitleInTheNominativeOrInAnotherScriptIsLeftAsWritten() {
        assertThat(NameCases.of("Министр иностранных дел")).isEqualTo(NameCases.Case.NOMINATIVE);
        assertThat(NameCases.nominative("Анна Петрова", NameCases.of("Министр"))).isEqualTo("Анна Петрова");
        // a name borrowed whole, short words and Latin letters have no ending to undo
        assertThat(NameCases.nominative("Пяйві Лайне", NameCases.of("Послом"))).isEqualTo("Пяйві Лайне");
        assertThat(NameCases.nominative("Дональда Лу", NameCases.of("Посла"))).isEqualTo("Дональд Лу");
        assertThat(NameCases.nominative("Jean Asselborn", NameCases.of("Министром"))).isEqualTo("Jean Asselborn");
    }

    @Test
    void aTitleIsListedInTheNominative() {
        assertThat(NameCases.nominativeTitle("Министром иностранных дел")).isEqualTo("Министр иностранных дел");
        assertThat(NameCases.nominativeTitle("Генерального секретаря")).isEqualTo("Генеральный секретарь");
        assertThat(NameCases.nominativeTitle("посла")).isEqualTo("посол");
        assertThat(NameCases.nominativeTitle("Министр")).isEqualTo("Министр");
        assertThat(NameCases.nominativeTitle("Foreign Minister")).isEqualTo("Foreign Minister");
    }
}
