package org.readoutbriefings.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.readoutbriefings.memo.MemoTemplates;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code templates}: the memo templates inside the application, for staff to start their own from. */
@Command(name = "templates", mixinStandardHelpOptions = true, subcommands = TemplatesCommand.Export.class,
        description = {"The memo templates inside the application. A run uses them unless a folder of your own"
                + " (--templates DIR, briefings.templates, or templates/ in the working directory) has a file of the"
                + " same name: each such file overrides the application's, the others stay the application's."})
public class TemplatesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: 'templates export DIR'");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes the application's memo templates into DIR (created if need be), to edit and then"
                    + " run with --templates DIR; delete the files you leave unchanged, so they follow the application's"
                    + " from version to version. Existing files are left alone unless --force."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:usage error, or a file is already there (nothing was written)"})
    static class Export implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "Folder to write the templates into.")
        Path target;

        @Option(names = "--force", description = "Overwrite files already in DIR.")
        boolean force;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<Path> written;
            try {
                written = MemoTemplates.export(target, force);
            } catch (FileAlreadyExistsException e) {
                spec.commandLine().getErr().println("error: " + e.getFile() + " already exists; nothing was written."
                        + " Add --force to overwrite the templates in " + target);
                return ExitCodes.USAGE;
            }
            spec.commandLine().getOut().println("Wrote " + written.size() + " templates to " + target.toAbsolutePath() + ": "
                    + String.join(", ", written.stream().map(f -> target.relativize(f).toString()).toList()));
            return ExitCodes.SUCCESS;
        }
    }
}
