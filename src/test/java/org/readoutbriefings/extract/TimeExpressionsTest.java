package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** When a step is due, from the time words of its sentence only, counted from the meeting. */
class TimeExpressionsTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 11, 20);
    private final TimeExpressions times = new TimeExpressions();

    private TimeExpressions.Found due(String sentence) {
        return times.due(sentence, 0, MEETING).orElseThrow(() -> new AssertionError("no time in: " + sentence));
    }

    @Test
    void deadlinesAndPeriodsResolveToTheirLastDay() {
        assertThat(due("The teams will finalise the text by the end of June 2027.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("by the end of June 2027");
            assertThat(f.due()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
        assertThat(due("They agreed to meet again later this year.").due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(due("The dialogue will convene in the first half of next year.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("in the first half of next year");
            assertThat(f.due()).isEqualTo(LocalDate.of(2027, 6, 30));
        });
        assertThat(due("Officials will meet next week.").due()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(due("The first round will take place on Monday, 4 March.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("on Monday, 4 March");
            assertThat(f.due()).isEqualTo(LocalDate.of(2027, 3, 4));
        });
        assertThat(due("A working group will report within 90 days.").due()).isEqualTo(LocalDate.of(2027, 2, 18));
        assertThat(due("They will hold the next round before the end of the year.").due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(due("Japan will send experts within this fiscal year.").due()).as("Japan's fiscal year ends in March")
                .isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void aPlaceIsNotATime() {
        assertThat(due("The ministers will hold a ministerial meeting in Santiago in March 2027.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("in March 2027");
            assertThat(f.due()).isEqualTo(LocalDate.of(2027, 3, 31));
        });
        assertThat(times.find("The ministers met in Santiago and in Geneva.", MEETING)).isEmpty();
    }

    @Test
    void vagueTimesFrequenciesAndEventsAreKeptAsWordsWithoutADate() {
        assertThat(due("They looked forward to meeting again at an early date.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("at an early date");
            assertThat(f.due()).isNull();
        });
        assertThat(due("The dialogue will meet annually.").text()).isEqualTo("annually");
        assertThat(due("They agreed to stay in close contact ahead of COP28.").text()).isEqualTo("ahead of COP28");
        assertThat(due("They will meet at the NATO Summit in Washington in July.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("in July");
            assertThat(f.due()).isEqualTo(LocalDate.of(2027, 7, 31));
        });
        assertThat(due("They will meet again in the coming weeks.").text()).isEqualTo("in the coming weeks");
    }

    @Test
    void pastYearsAreHistoryNotDueDates() {
        assertThat(times.find("The agreement was signed in 2016.", MEETING)).isEmpty();
        assertThat(times.find("The agreement was signed in May 2019.", MEETING)).isEmpty();
    }

    @Test
    void aMonthQuarterOrSoonInSpanishFrenchAndPortuguese() {
        assertThat(due("Los cancilleres acordaron reunirse nuevamente en noviembre de 2027 en Quito.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("en noviembre de 2027");
            assertThat(f.due()).isEqualTo(LocalDate.of(2027, 11, 30));
        });
        // a month without a year is the next such month after the meeting (20 November 2026)
        assertThat(due("Les deux ministres se retrouveront en mars à Paris.").due()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(due("As equipas voltarão a reunir-se em maio de 2027.").due()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(due("La comisión mixta se reunirá próximamente.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("próximamente");
            assertThat(f.due()).isNull();
        });
        assertThat(due("Les experts se réuniront prochainement.").text()).isEqualTo("prochainement");
        assertThat(due("Acordaron convocar la Comisión de Vecindad en el primer trimestre de 2027.")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("en el primer trimestre de 2027");
            assertThat(f.due()).isEqualTo(LocalDate.of(2027, 3, 31));
        });
        assertThat(due("Le comité se réunira au troisième trimestre de l'année prochaine.").due()).isEqualTo(LocalDate.of(2027, 9, 30));
    }
}
