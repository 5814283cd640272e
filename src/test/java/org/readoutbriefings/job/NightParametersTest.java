package org.readoutbriefings.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class NightParametersTest {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 28);

    /** The parameters {@code run} always gives, no option among them. */
    private static JobParametersBuilder folders() {
        return without("");
    }

    private static JobParametersBuilder without(String left) {
        JobParametersBuilder parameters = new JobParametersBuilder();
        if (!left.equals(JobParameterNames.RUN_DATE)) {
            parameters.addLocalDate(JobParameterNames.RUN_DATE, NIGHT, true);
        }
        if (!left.equals(JobParameterNames.INPUT)) {
            parameters.addString(JobParameterNames.INPUT, "input", false);
        }
        if (!left.equals(JobParameterNames.OUTPUT)) {
            parameters.addString(JobParameterNames.OUTPUT, "output/as-of-2026-11-28", false);
        }
        return parameters;
    }

    @Test
    void readsTheParametersRunWrites() {
        NightParameters night = NightParameters.from(folders()
                .addString(JobParameterNames.FULL, "true", false)
                .addString(JobParameterNames.ACCEPT_REMOVALS, "false", false)
                .addString(JobParameterNames.VERIFY, "true", false)
                .addString(JobParameterNames.FORCED_AT, "2026-11-28T07:00", true)
                .toJobParameters());
        assertThat(night).isEqualTo(new NightParameters(Path.of("input"), Path.of("output/as-of-2026-11-28"), NIGHT,
                true, false, true));
    }

    @Test
    void theOptionsAreOffUnlessGiven() {
        // a night started before an option existed restarts with its parameters as they were stored
        NightParameters night = NightParameters.from(folders().toJobParameters());
        assertThat(night.full()).isFalse();
        assertThat(night.acceptRemovals()).isFalse();
        assertThat(night.verify()).isFalse();
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        for (String name : new String[] {JobParameterNames.RUN_DATE, JobParameterNames.INPUT, JobParameterNames.OUTPUT}) {
            assertThatIllegalArgumentException().isThrownBy(() -> NightParameters.from(without(name).toJobParameters()))
                    .withMessage("the job parameter '" + name + "' is missing");
        }
    }

    @Test
    void aParameterOfTheWrongKindIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> NightParameters.from(folders()
                        .addString(JobParameterNames.RUN_DATE, "2026-11-28", true).toJobParameters()))
                .withMessage("the job parameter 'run.date' is a String, not a LocalDate");
        assertThatIllegalArgumentException().isThrownBy(() -> NightParameters.from(folders()
                        .addString(JobParameterNames.VERIFY, "yes", false).toJobParameters()))
                .withMessage("the job parameter 'verify' is 'yes', not true or false");
    }

    @Test
    void theExpressionForStepScopedBeansNamesThisClass() {
        assertThat(NightParameters.THIS_NIGHT).contains("T(" + NightParameters.class.getName() + ").from(");
    }
}
