package org.readoutbriefings.job;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** The job execution running in this process, if any, so that a shutdown signal can stop it cleanly. */
public class CurrentRun implements JobExecutionListener {

    private final AtomicReference<JobExecution> running = new AtomicReference<>();

    @Override
    public void beforeJob(JobExecution execution) {
        running.set(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.compareAndSet(execution, null);
    }

    public Optional<JobExecution> get() {
        return Optional.ofNullable(running.get());
    }
}
