package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A kind of input file the nightly job reads. */
public interface InputFormat {

    /** File name extensions (lower case, without the dot) this format reads. */
    List<String> extensions();

    /**
     * Opens a file for reading its records.
     *
     * @param name the file's path relative to the input folder, used in reports
     */
    RecordCursor open(Path file, String name) throws IOException;
}
