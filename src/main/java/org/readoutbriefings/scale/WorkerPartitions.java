package org.readoutbriefings.scale;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;

/**
 * The manager's side: Spring Batch's {@link MessageChannelPartitionHandler} in polling mode (it sends each
 * partition's step execution id to the broker and reads their outcome from the job repository; no reply queue),
 * with what it lacks for a night nobody watches: partitions that gave no outcome within the timeout are marked
 * FAILED, saying why, so the run fails rather than waiting for ever, and the next run re-runs exactly those.
 */
public final class WorkerPartitions extends MessageChannelPartitionHandler {

    private final JobRepository jobRepository;
    private final Duration timeout;

    public WorkerPartitions(String workerStep, int partitions, MessageChannel requests, JobRepository jobRepository,
                            Duration pollInterval, Duration timeout) {
        this.jobRepository = jobRepository;
        this.timeout = timeout;
        setStepName(workerStep);
        setGridSize(partitions);
        setMessagingOperations(new MessagingTemplate(requests));
        setJobRepository(jobRepository);
        setPollInterval(pollInterval.toMillis());
        setTimeout(timeout.toMillis());
        try {
            afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        try {
            return super.doHandle(manager, partitions);
        } catch (TimeoutException e) {
            List<String> lost = markLost(manager, partitions.stream().map(StepExecution::getId).collect(Collectors.toSet()));
            throw new LostPartitionsException(manager.getStepName() + ": " + lost.size() + " of " + partitions.size()
                    + " partitions gave no outcome within briefings.scale.partition-timeout (" + timeout + "): " + lost
                    + ". Were the workers running? Run again to re-run those partitions only.");
        }
    }

    /** Marks the partitions still running as FAILED; their names. */
    private List<String> markLost(StepExecution manager, Set<Long> ids) {
        JobExecution run = jobRepository.getJobExecution(manager.getJobExecutionId());
        List<StepExecution> lost = run.getStepExecutions().stream()
                .filter(s -> ids.contains(s.getId()) && s.getStatus().isRunning()).toList();
        for (StepExecution partition : lost) {
            partition.setStatus(BatchStatus.FAILED);
            partition.setExitStatus(ExitStatus.FAILED.addExitDescription(
                    "no outcome from a worker within briefings.scale.partition-timeout (" + timeout + ")"));
            partition.setEndTime(LocalDateTime.now());
            jobRepository.update(partition);
        }
        return lost.stream().map(StepExecution::getStepName).sorted().toList();
    }

    /** Partitions the workers never finished. */
    public static final class LostPartitionsException extends RuntimeException {
        LostPartitionsException(String message) {
            super(message);
        }
    }
}
