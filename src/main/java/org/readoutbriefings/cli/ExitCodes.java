package org.readoutbriefings.cli;

/** Exit codes a scheduler can act on. */
public final class ExitCodes {

    /** The run completed and every input was accepted (or the night had already completed). */
    public static final int SUCCESS = 0;
    /** The run failed; the night can be restarted by running the same command again. */
    public static final int FAILURE = 1;
    /** The command line or configuration is wrong; nothing was run. */
    public static final int USAGE = 2;
    /** The run completed, but some input was rejected or missing, or some mail held for the next run: see the run report. */
    public static final int SUCCESS_WITH_REJECTS = 3;
    /** Another run is using the database; nothing was done. Try again later. */
    public static final int ANOTHER_RUN = 4;

    private ExitCodes() {
    }
}
