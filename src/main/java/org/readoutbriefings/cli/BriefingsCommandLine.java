package org.readoutbriefings.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code readout-briefings} command and its sub-commands. */
@Command(name = "readout-briefings", mixinStandardHelpOptions = true, version = "Readout Briefings 0.1",
        subcommands = {RunCommand.class, ScheduleCommand.class, WorkerCommand.class, BrokerCommand.class, StatusCommand.class,
                ExtractCommand.class, TemplatesCommand.class,
                CommandLine.HelpCommand.class},
        description = {"Turns diplomatic readouts into briefing memos (PDF) and a commitments tracker (Excel).",
                "Run 'readout-briefings run --help' for the nightly job's options."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed (run again to restart it)", "2:usage or configuration error",
                "3:success, but some inputs were rejected (see run-report.json)",
                "4:another run is using the database; nothing was done"})
public class BriefingsCommandLine implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'run'");
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BriefingsCommandLine());
        cli.registerConverter(LocalDate.class, value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
            }
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + AppContext.rootMessage(e));
            return ExitCodes.FAILURE;
        });
        return cli;
    }
}
