package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * output/index.html night after night: every memo with its pages and last change, "changed tonight" only on
 * the memos whose content changed (every memo file is rewritten every night), the same marks when a night is
 * forced again, the digest's key points and the follow-ups due, readout text escaped. Read with jsoup; the
 * browser's view is IndexPageBrowserTests.
 */
class IndexPageFunctionalTests {

    @TempDir
    Path folder;

    @Test
    void marksOnlyTheMemosThatChangedTonight() throws IOException {
        BriefingsRun briefings = new BriefingsRun(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Files.copy(Path.of("input/2021-12-22-japan-us-hayashi-tai.md"), input.resolve("seed.md"));

        assertThat(briefings.run(input, output, "2026-11-25").exitCode()).isZero();
        Document first = index(output);
        assertThat(memo(first, "United States")).containsExactly("United States", "1", "25 Nov 2026", "Changed tonight");
        assertThat(memoFiles(first)).allSatisfy(file -> assertThat(output.resolve(file)).isRegularFile());
        assertThat(first.select(".key-points li").eachText()).containsExactly(
                "1 new readout and 2 new commitments, first run: everything stored is new.",
                "0 open follow-ups due within 14 days.",
                "0 open follow-ups overdue by up to 90 days.",
                "4 memos changed tonight.");
        // the first night, every memo is new: the United States and the seed's three topics
        assertThat(first.select("tbody tr")).hasSize(4).allSatisfy(row -> assertThat(row.select(".mark")).hasSize(1));

        // nothing new: every memo rewritten, none changed
        assertThat(briefings.run(input, output, "2026-11-26").exitCode()).isZero();
        Document quiet = index(output);
        assertThat(memo(quiet, "United States")).containsExactly("United States", "1", "25 Nov 2026");
        assertThat(quiet.select(".mark")).isEmpty();
        assertThat(quiet.select(".key-points li").last().text()).isEqualTo("0 memos changed tonight.");

        // a readout with Australia on trade, a hostile title and a follow-up due within the window
        Files.writeString(input.resolve("call.json"), """
                {"title": "Japan-Australia Call <script>alert(1)</script>", "meetingDate": "2026-11-26",
                 "countries": ["JP", "AU"], "topics": ["trade"],
                 "followUps": [{"text": "Officials will meet in <b>Canberra</b>.", "actors": ["JP", "AU"], "topic": "trade",
                   "dueDate": "2026-12-05"}]}
                """);
        assertThat(briefings.run(input, output, "2026-11-27").exitCode()).isZero();
        String html = Files.readString(output.resolve("index.html"));
        assertThat(html).contains("Japan-Australia Call &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Officials will meet in &lt;b&gt;Canberra&lt;/b&gt;.").doesNotContain("<script>alert");
        Document third = index(output);
        assertThat(memo(third, "Australia")).containsExactly("Australia", "1", "27 Nov 2026", "Changed tonight");
        assertThat(memo(third, "Trade and market access")).endsWith("27 Nov 2026", "Changed tonight");
        assertThat(memo(third, "United States")).containsExactly("United States", "1", "25 Nov 2026");
        assertThat(third.select("table.due tbody tr").eachText()).containsExactly(
                "5 Dec 2026 (in 8 days) Officials will meet in <b>Canberra</b>. From: Japan-Australia Call <script>alert(1)</script>"
                        + " Australia Open");
        List<String> marked = third.select("tr:has(.mark) th").eachText();

        // the night forced again: the same marks, never "nothing changed"
        assertThat(briefings.run(input, output, "2026-11-27", "--force").exitCode()).isZero();
        assertThat(index(output).select("tr:has(.mark) th").eachText()).isEqualTo(marked).contains("Australia");
    }

    private static Document index(Path output) throws IOException {
        return Jsoup.parse(output.resolve("index.html").toFile());
    }

    /** The cells of a memo's row with text: name, pages, last change, and the mark when it changed tonight. */
    private static List<String> memo(Document page, String name) {
        Element row = page.select("tr:has(th > a:containsOwn(" + name + "))").first();
        assertThat(row).as(name).isNotNull();
        return row.select("th, td").eachText();
    }

    private static List<String> memoFiles(Document page) {
        return page.select("a[href]").eachAttr("href");
    }
}
