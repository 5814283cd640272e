package org.readoutbriefings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code status} says stopped a night: the root cause, not Spring Batch's wrapper. */
class StatusReasonTest {

    @Test
    void theFailedStepsRootCauseWithItsStep() {
        assertThat(StatusCommand.reason("Caused by: java.nio.file.AccessDeniedException: /srv/out/memos/country/US.pdf",
                "memos")).isEqualTo("step memos: AccessDeniedException: /srv/out/memos/country/US.pdf");
        assertThat(StatusCommand.reason("""
                org.springframework.batch.core.step.FatalStepExecutionException: Unable to process chunk
                \tat org.springframework.batch.core.step.item.ChunkOrientedStep.doExecute(ChunkOrientedStep.java:372)
                Caused by: java.nio.file.DirectoryNotEmptyException: /srv/out/memos/country/US.pdf
                """, "memos")).isEqualTo("step memos: DirectoryNotEmptyException: /srv/out/memos/country/US.pdf");
    }

    @Test
    void withoutATraceTheFirstLineOfTheRunsMessage() {
        assertThat(StatusCommand.reason("", null)).isEmpty();
        assertThat(StatusCommand.reason("COMPLETED with 2 rejects\nmore", null)).isEqualTo("COMPLETED with 2 rejects");
        assertThat(StatusCommand.reason("x".repeat(400), null)).hasSize(160).endsWith("...");
    }
}
