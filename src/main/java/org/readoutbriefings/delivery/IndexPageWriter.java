package org.readoutbriefings.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.readoutbriefings.delivery.IndexPage.MemoEntry;
import org.readoutbriefings.memo.DigestView;
import org.readoutbriefings.memo.DigestViewBuilder;
import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.store.MemoVersions;
import org.readoutbriefings.store.MemoVersions.MemoVersion;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Writes {@code index.html} beside the memos: a static page that opens from a shared folder with no server,
 * loads nothing from anywhere (its style and filter script are inline, and its Content-Security-Policy allows
 * exactly those two by their hashes), and links only to the files beside it.
 */
public class IndexPageWriter implements Tasklet {

    public static final String FILE_NAME = "index.html";
    private static final String TRACKER = "tracker.xlsx";
    private static final String STYLE = DeliveryTemplates.resource("index.css");
    private static final String SCRIPT = DeliveryTemplates.resource("index-filter.js");
    /** Nothing but the page's own style and script: an injected script or image would not run or load. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src " + hash(STYLE) + "; script-src "
            + hash(SCRIPT) + "; base-uri 'none'; form-action 'none'";

    private final Path output;
    private final LocalDate night;
    private final long runId;
    private final MemoVersions versions;
    private final DigestViewBuilder digests;
    private final DeliveryTemplates templates;
    private final OutputFiles files;

    public IndexPageWriter(Path output, LocalDate night, long runId, MemoVersions versions, DigestViewBuilder digests,
                           DeliveryTemplates templates, OutputFiles files) {
        this.output = output;
        this.night = night;
        this.runId = runId;
        this.versions = versions;
        this.digests = digests;
        this.templates = templates;
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        IndexPage page = page();
        files.write(output.resolve(FILE_NAME), html(page).getBytes(StandardCharsets.UTF_8));
        ProgressReporter.summarise(contribution, FILE_NAME + " lists " + (page.countries().size() + page.topics().size())
                + " memos, " + page.changedTonight() + " changed tonight");
        return RepeatStatus.FINISHED;
    }

    IndexPage page() {
        DigestView digest = digests.build(night, runId);
        List<MemoVersion> memos = versions.ofNight(night);
        MemoEntry digestEntry = memos.stream().filter(v -> v.kind().equals("digest")).findFirst().map(IndexPageWriter::entry)
                .orElse(null);
        return new IndexPage(night, digestEntry, Files.isRegularFile(output.resolve(TRACKER)) ? TRACKER : null, digest,
                memos.stream().filter(v -> v.kind().equals("country")).map(IndexPageWriter::entry).toList(),
                memos.stream().filter(v -> v.kind().equals("topic")).map(IndexPageWriter::entry).toList());
    }

    String html(IndexPage page) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("page", page);
        variables.put("style", STYLE);
        variables.put("script", SCRIPT);
        variables.put("csp", CONTENT_SECURITY_POLICY);
        return templates.html("index", variables);
    }

    private static MemoEntry entry(MemoVersion v) {
        return new MemoEntry(v.subjectName(), v.file(), v.pages(), v.changedOn(), v.changedTonight());
    }

    /** A CSP source for an inline element by the SHA-256 of its exact text. */
    private static String hash(String inline) {
        try {
            return "'sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8))) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
