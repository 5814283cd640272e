package org.readoutbriefings.job;

/**
 * The night's steps, named as the job runs them, in that order: the job repository, the run report, the
 * progress lines and {@code status} all speak of a step by these names.
 */
public final class StepNames {

    /** 1. Which input files are new, changed or gone. */
    public static final String SCAN = "scan";
    /** 2. Read and extract the new and changed files, in partitions. */
    public static final String INGEST = "ingest";
    public static final String INGEST_PARTITION = "ingest-partition";
    /** 3. Record what each input file gave, so the next scan can trust it. */
    public static final String RECORD_FILES = "record-files";
    /** 4. Take back what staff typed in the tracker. */
    public static final String TRACKER_EDITS = "tracker-edits";
    /** 5. Join two governments' readouts of one meeting. */
    public static final String LINK = "link";
    /** 6. Find the later readouts that show a follow-up kept or a commitment said again. */
    public static final String FULFILMENT = "fulfilment";
    /** 7. Counts by partner, topic and month. */
    public static final String ROLLUP = "rollup";
    /** 8. The memos and the digest, in partitions when workers render them. */
    public static final String MEMOS = "memos";
    public static final String MEMO_PARTITION = "memo-partition";
    /** 9. The Excel tracker. */
    public static final String TRACKER = "tracker";
    /** 10. The index page of the output folder. */
    public static final String INDEX = "index";
    /** 11. The night's mail to subscribers. */
    public static final String MAIL = "mail";

    private StepNames() {
    }
}
