package org.readoutbriefings.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The night's job parameters ({@link JobParameterNames}, written by {@code run}), read in this one place: the
 * folders and the run date are required, the three options are off unless given (a night started before an
 * option existed restarts without it).
 * <p>
 * A step-scoped bean takes it as {@code @Value(NightParameters.THIS_NIGHT) NightParameters night}. Not a job-scoped
 * bean: the job scope is bound to the job's own thread, so neither the ingest's partition threads nor a worker
 * process (which runs one partition of a job it did not start) could see it; every step, here or on a worker, has
 * the step execution and with it the job's parameters as stored in the job repository.
 *
 * @param input  the input folder
 * @param output the output folder ({@code output/as-of-DATE} for a night earlier than the latest completed one)
 * @param runDate the night, the identifying parameter
 * @param full   parse every input file, changed or not ({@code --full})
 * @param acceptRemovals take files that have gone as removed even when most have ({@code --accept-removals})
 * @param verify hash every input file ({@code --verify})
 */
public record NightParameters(Path input, Path output, LocalDate runDate, boolean full, boolean acceptRemovals,
                              boolean verify) {

    /** For a step-scoped bean's {@code @Value}: the parameters of the job its step belongs to. */
    public static final String THIS_NIGHT = "#{T(org.readoutbriefings.job.NightParameters).from(stepExecution.jobParameters)}";

    public static NightParameters from(JobParameters parameters) {
        return new NightParameters(Path.of(required(parameters, JobParameterNames.INPUT, String.class)),
                Path.of(required(parameters, JobParameterNames.OUTPUT, String.class)),
                required(parameters, JobParameterNames.RUN_DATE, LocalDate.class),
                flag(parameters, JobParameterNames.FULL),
                flag(parameters, JobParameterNames.ACCEPT_REMOVALS),
                flag(parameters, JobParameterNames.VERIFY));
    }

    private static <T> T required(JobParameters parameters, String name, Class<T> type) {
        JobParameter<?> parameter = parameters.getParameter(name);
        if (parameter == null) {
            throw new IllegalArgumentException("the job parameter '" + name + "' is missing");
        }
        if (!type.isInstance(parameter.value())) {
            throw new IllegalArgumentException("the job parameter '" + name + "' is a " + parameter.type().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(parameter.value());
    }

    /** An option: "true" or "false" as {@code run} writes it, false when not given. */
    private static boolean flag(JobParameters parameters, String name) {
        JobParameter<?> parameter = parameters.getParameter(name);
        if (parameter == null) {
            return false;
        }
        Object value = parameter.value();
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equalsIgnoreCase(value.toString()) || "false".equalsIgnoreCase(value.toString())) {
            return Boolean.parseBoolean(value.toString());
        }
        throw new IllegalArgumentException("the job parameter '" + name + "' is '" + value + "', not true or false");
    }
}
