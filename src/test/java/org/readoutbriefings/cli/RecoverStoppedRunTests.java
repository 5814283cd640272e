package org.readoutbriefings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.ReadoutBriefingsApplication;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A manager killed while its workers render its memo partitions, restarted at once: a worker completes its
 * partition while the new manager marks the dead run failed. The run restarts all the same.
 */
@SpringBootTest(classes = ReadoutBriefingsApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:recover-stopped-run-tests;DB_CLOSE_DELAY=-1")
class RecoverStoppedRunTests {

    @Autowired
    JobRepository repository;
    @Autowired
    JobOperator operator;

    /** A run left STARTED by a dead manager, with two memo partitions still running on workers, as read by its restart. */
    private JobExecution deadManagersRun(String night) {
        JobParameters params = new JobParametersBuilder().addString("night", night).toJobParameters();
        JobInstance instance = repository.createJobInstance("recoverStoppedRun", params);
        JobExecution execution = repository.createJobExecution(instance, params, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        repository.update(execution);
        for (String partition : new String[]{"memo-partition:partition0", "memo-partition:partition1"}) {
            StepExecution step = repository.createStepExecution(partition, execution);
            step.setStatus(BatchStatus.STARTED);
            step.setStartTime(LocalDateTime.now());
            repository.update(step);
        }
        return repository.getJobExecution(execution.getId());
    }

    /** A worker, in its own process, completes one partition of the run after the restart read it. */
    private void workerCompletes(JobExecution run, String partition) {
        StepExecution step = repository.getJobExecution(run.getId()).getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(partition)).findFirst().orElseThrow();
        step.setStatus(BatchStatus.COMPLETED);
        step.setEndTime(LocalDateTime.now());
        repository.update(step);
    }

    @Test
    void aPartitionCompletedByAWorkerWhileTheRunIsMarkedFailedDoesNotStopTheRestart() {
        JobExecution readByTheRestart = deadManagersRun("2026-11-27");
        workerCompletes(readByTheRestart, "memo-partition:partition1");

        NightlyRun.recover(repository, operator, readByTheRestart);

        JobExecution recovered = repository.getJobExecution(readByTheRestart.getId());
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(recovered.getStepExecutions()).extracting(StepExecution::getStepName, StepExecution::getStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("memo-partition:partition0", BatchStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("memo-partition:partition1", BatchStatus.COMPLETED));
    }

    @Test
    void springBatchAloneFailsOnTheSameRace() {
        JobExecution readByTheRestart = deadManagersRun("2026-11-28");
        workerCompletes(readByTheRestart, "memo-partition:partition1");
        // why NightlyRun.recover reads the run again: the framework's recover writes the stale copy it was given
        assertThatThrownBy(() -> operator.recover(readByTheRestart)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
