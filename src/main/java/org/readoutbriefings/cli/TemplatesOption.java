package org.readoutbriefings.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** {@code --templates DIR} of the commands that render memos: a short way to set {@code briefings.templates}. */
class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of your own memo templates, each overriding the application's of its name"
                    + " (default: briefings.templates, else templates/ in the working directory if there is one).")
    Path templates;

    /** The settings with {@code briefings.templates} added when the option was given. */
    List<String> withSetting(List<String> settings) {
        List<String> all = new ArrayList<>(settings);
        if (templates != null) {
            all.add("--briefings.templates=" + templates);
        }
        return all;
    }
}
