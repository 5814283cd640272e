package org.readoutbriefings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.readoutbriefings.extract.ExtractionCues;
import org.readoutbriefings.extract.ReadoutExtractor;
import org.readoutbriefings.ingest.InputFormat;
import org.readoutbriefings.ingest.InputFormats;
import org.readoutbriefings.ingest.ReadoutRecordMapper;
import org.readoutbriefings.ingest.RecordCursor;
import org.readoutbriefings.ingest.RejectedRecordException;
import org.readoutbriefings.ingest.SourceRecord;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code extract FILE...}: what the job would read from each file, as JSON, without touching a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints, as a JSON array in the order given, what each readout file yields: meeting date and"
                + " where it came from, format, countries, organisations, participants, topics, commitments and"
                + " follow-ups, and warnings (a readout with no meeting date anywhere has \"meetingDate\": null and a"
                + " warning). Prose (.txt, .html, .pdf) goes through the extractor; structured files (.json, .jsonl,"
                + " .md) are read as given. A file that cannot be read gives an object with 'error'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read", "2:usage error", "3:some files could not be read (see 'error')"})
public class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Readout files.")
    List<Path> files;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest file read whole (default: 10485760).")
    long maxBytes = 10_485_760;

    @Option(names = "--home-country", paramLabel = "ISO", description = "Whose staff read the memos: a readout with"
            + " no other country gets a warning (default: JP, as briefings.home-country).")
    String homeCountry = "JP";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CountryDirectory countries = CountryDirectory.builtIn();
        TopicTaxonomy topics = TopicTaxonomy.builtIn();
        List<InputFormat> formats = InputFormats.all(maxBytes);
        boolean failed = false;
        List<Map<String, Object>> results = new ArrayList<>();
        for (Path file : files) {
            // a fresh mapper per file: the same id in two files given on purpose is not a conflict here
            ReadoutRecordMapper mapper = new ReadoutRecordMapper(countries, topics,
                    new ReadoutExtractor(countries, topics, ExtractionCues.builtIn()), homeCountry);
            List<Map<String, Object>> fromFile = extract(file, formats, mapper);
            failed |= fromFile.stream().anyMatch(r -> r.containsKey("error"));
            results.addAll(fromFile);
        }
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        spec.commandLine().getOut().println(json.writeValueAsString(results));
        return failed ? ExitCodes.SUCCESS_WITH_REJECTS : ExitCodes.SUCCESS;
    }

    private static List<Map<String, Object>> extract(Path file, List<InputFormat> formats, ReadoutRecordMapper mapper) {
        String name = file.toString();
        Optional<InputFormat> format = formatOf(file, formats);
        if (!Files.isRegularFile(file)) {
            return List.of(error(name, "no such file"));
        }
        if (format.isEmpty()) {
            return List.of(error(name, "unsupported file type"));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        try (RecordCursor cursor = format.get().open(file, name)) {
            while (cursor.hasNext()) {
                SourceRecord record = cursor.next();
                try {
                    results.add(json(name, mapper.process(record)));
                } catch (RejectedRecordException e) {
                    results.add(error(name, (e.field() == null ? "" : e.field() + ": ") + e.reason()));
                }
            }
        } catch (IOException e) {
            results.add(error(name, "cannot read the file: " + e.getMessage()));
        }
        return results;
    }

    private static Optional<InputFormat> formatOf(Path file, List<InputFormat> formats) {
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return formats.stream().filter(f -> f.extensions().stream().anyMatch(ext -> fileName.endsWith("." + ext))).findFirst();
    }

    private static Map<String, Object> error(String file, String reason) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file);
        result.put("error", reason);
        return result;
    }

    private static Map<String, Object> json(String file, Readout r) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file);
        result.put("id", r.id());
        result.put("title", r.title());
        result.put("meetingDate", r.meetingDate() == null ? null : r.meetingDate().toString());
        result.put("dateSource", r.dateSource() == null ? null : r.dateSource().code());
        result.put("publishedDate", r.publishedDate() == null ? null : r.publishedDate().toString());
        result.put("issuer", r.issuer());
        result.put("provenance", r.provenance().code());
        result.put("format", r.format().code());
        result.put("countries", r.countries());
        result.put("organizations", r.organisations());
        result.put("participants", r.participants().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            if (p.nativeName() != null) {
                m.put("nativeName", p.nativeName());
            }
            m.put("title", p.title());
            m.put("country", p.country());
            return m;
        }).toList());
        result.put("topics", r.topics());
        result.put("commitments", r.commitments().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", c.text());
            m.put("actors", c.actors());
            m.put("topic", c.topic());
            m.put("strength", c.strength() == null ? null : c.strength().code());
            return m;
        }).toList());
        result.put("followUps", r.followUps().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", f.text());
            m.put("actors", f.actors());
            m.put("due", f.dueText() != null ? f.dueText() : f.dueDate() == null ? null : f.dueDate().toString());
            m.put("dueDate", f.dueDate() == null ? null : f.dueDate().toString());
            return m;
        }).toList());
        result.put("warnings", r.warnings().stream().map(w -> w.field() + ": " + w.message()).toList());
        result.put("evidence", r.evidence());
        return result;
    }
}
