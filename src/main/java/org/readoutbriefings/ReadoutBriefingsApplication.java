package org.readoutbriefings;

import org.readoutbriefings.cli.BriefingsCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: the command line decides what to run; the Spring context starts only for commands that need it. */
@SpringBootApplication
public class ReadoutBriefingsApplication {

    public static void main(String[] args) {
        System.exit(BriefingsCommandLine.execute(args));
    }
}
