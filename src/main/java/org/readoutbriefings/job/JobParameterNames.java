package org.readoutbriefings.job;

/** Names of the nightly job's parameters. */
public final class JobParameterNames {

    /** The night the run is for; identifying, so a failed night is restarted rather than run anew. */
    public static final String RUN_DATE = "run.date";
    /** Set only by {@code run --force}: makes a new run of a night that already completed. */
    public static final String FORCED_AT = "run.forced-at";
    /** Set by {@code run --full}: parse every input file, changed or not. Not identifying. */
    public static final String FULL = "full";
    /**
     * Set by {@code run --accept-removals}: input files that have gone are taken as removed even when most of
     * them have (else such a night is taken for an unmounted share and nothing is marked removed). Not identifying.
     */
    public static final String ACCEPT_REMOVALS = "accept-removals";
    /**
     * Set by {@code run --verify}: hash every input file, trusting no file's size and modification time. Not
     * identifying.
     */
    public static final String VERIFY = "verify";
    /** Input and output folders; not identifying, a restart may use moved folders. */
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";

    private JobParameterNames() {
    }
}
