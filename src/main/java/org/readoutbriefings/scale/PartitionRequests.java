package org.readoutbriefings.scale;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.context.Lifecycle;

/**
 * A worker's side of the partitions: each message from the broker names one partition's step execution, which
 * Spring Batch's {@link StepExecutionRequestHandler} runs here and records in the shared job repository, where the
 * manager reads its outcome. The message travels as text, {@code "<step> <step execution id>"}: no Java
 * serialisation of anything a broker hands over.
 * <p>
 * Before running one it checks that its run is still running and the partition not yet done: a message can
 * outlive its run (a manager killed, its run then restarted) or arrive twice (a worker killed before the broker
 * heard it finish, so the broker gives it to another), and neither must run a partition again.
 */
public final class PartitionRequests {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequests.class);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
    private final String worker;
    private final AtomicInteger running = new AtomicInteger();
    private volatile Lifecycle receiver;

    /** @param steps the steps a partition may name, found by their step names */
    public PartitionRequests(JobRepository jobRepository, Collection<Step> steps, String worker) {
        this.jobRepository = jobRepository;
        this.worker = worker;
        handler.setJobRepository(jobRepository);
        // by step name ("memo-partition"), not by bean name as the framework's BeanFactoryStepLocator finds them
        StepLocator byName = stepName -> steps.stream().filter(s -> s.getName().equals(stepName)).findFirst().orElse(null);
        handler.setStepLocator(byName);
    }

    public static String encode(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    static StepExecutionRequest decode(String message) {
        String[] parts = message.strip().split(" ");
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            throw new IllegalArgumentException("not a partition request: '" + message + "'");
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }

    /** What stops this worker taking more messages: the broker's listener. */
    public void receiveFrom(Lifecycle receiver) {
        this.receiver = receiver;
    }

    /** Runs the partition a message names, unless its run or the partition itself has already ended. */
    public void run(String message) {
        StepExecutionRequest request;
        try {
            request = decode(message);
        } catch (IllegalArgumentException e) {
            log.warn("{}: ignored a message that is no partition: {}", worker, e.getMessage());
            return;
        }
        running.incrementAndGet();
        try {
            StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
            String name = partition == null ? request.getStepName() : partition.getStepName();
            String why = notToRun(partition);
            if (why != null) {
                log.info("{}: skipped {} ({})", worker, name, why);
                return;
            }
            long run = partition.getJobExecutionId();
            log.info("{}: took {} of run {}{}", worker, name, run,
                    partition.getStatus() == BatchStatus.STARTED ? ", left unfinished by a worker that stopped" : "");
            long started = System.nanoTime();
            long processorBefore = processorNanos();
            StepExecution done = handler.handle(request);
            recordIfUnrecorded(done);
            // the processor time says what the partition cost whatever else the machine ran meanwhile (exact when
            // the worker runs one partition at a time, as with briefings.scale.worker-partitions=1)
            log.info("{}: {} of run {} {}: {} read, {} written ({} s, {} s of processor)", worker, name, run,
                    done.getStatus(), done.getReadCount(), done.getWriteCount(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
                    String.format(Locale.ROOT, "%.1f", (processorNanos() - processorBefore) / 1e9));
        } finally {
            synchronized (running) {
                running.decrementAndGet();
                running.notifyAll();
            }
        }
    }

    /** This process's processor time so far, all its threads. */
    private static long processorNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** Why a partition must not run now, or null when it should. */
    private static String notToRun(StepExecution partition) {
        if (partition == null) {
            return "its step execution is not in the job repository";
        }
        JobExecution run = partition.getJobExecution();
        if (run != null && !run.isRunning()) {
            return "its run " + run.getId() + " has ended " + run.getStatus();
        }
        BatchStatus status = partition.getStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            return "it has already ended " + status;
        }
        return null;
    }

    /**
     * The handler leaves a failure it caught outside the step to "the receiver": in polling mode nobody else would
     * record it, and the manager would wait for the partition until its timeout.
     */
    private void recordIfUnrecorded(StepExecution done) {
        StepExecution stored = jobRepository.getStepExecution(done.getId());
        if (stored != null && stored.getStatus().isRunning() && !done.getStatus().isRunning()) {
            stored.setStatus(done.getStatus());
            stored.setExitStatus(done.getExitStatus());
            stored.setEndTime(java.time.LocalDateTime.now());
            done.getFailureExceptions().forEach(stored::addFailureException);
            jobRepository.update(stored);
        }
    }

    /**
     * Stops taking partitions and waits until the one running, if any, has ended: SIGTERM on a worker.
     *
     * @return whether it ended within {@code patience}
     */
    public boolean finishAndStop(Duration patience) throws InterruptedException {
        Lifecycle r = receiver;
        if (r != null) {
            r.stop();
        }
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (running) {
            while (running.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(running, left);
            }
        }
        return true;
    }

    /** The partitions running now. */
    public int running() {
        return running.get();
    }
}
