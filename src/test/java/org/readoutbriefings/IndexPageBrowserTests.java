package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.readoutbriefings.delivery.MailParts;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * output/index.html as staff open it: the sample night's page in headless Chromium from file://, and a night
 * of one hostile readout, and the night's message as GreenMail received it. The page must load nothing from anywhere but itself, log no error, link only to
 * files that are there, filter without a network, pass axe-core without a serious or critical violation, and
 * show readout text as text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("chromium")
class IndexPageBrowserTests {

    /** A night on which the sample's UK follow-up (due 31 Dec 2026) is due within 14 days. */
    private static final String SAMPLE_NIGHT = "2026-12-20";
    private static final String LATE_READOUT = "2026-09-02-japan-uk-motegi-cooper-mofa.md";

    /** The nights mail a desk that follows the United Kingdom: its message is rendered as a mail client would. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    HeadlessChromium chromium;
    Path sampleOutput;
    Path folder;

    /**
     * The sample night, after a night without the Japanese account of the September UK call: tonight it arrives,
     * and the UK's memo and those of its topics are the ones that changed.
     */
    @BeforeAll
    void runTheSampleNight(@TempDir Path folder) throws IOException {
        HeadlessChromium.assumeInstalled();
        this.folder = folder;
        Path subscriptions = Files.writeString(folder.resolve("subscriptions.yml"), """
                subscribers:
                  - name: UK desk
                    email: uk-desk@example.org
                    partners: [GB]
                    topics: [alliance-defence]
                """);
        String[] mail = {"--briefings.mail.enabled=true", "--briefings.mail.subscriptions=" + subscriptions,
                "--briefings.mail.from=Readout Briefings <briefings@example.org>", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(), "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--spring.mail.properties.mail.smtp.starttls.required=false"};
        Path input = Files.createDirectories(folder.resolve("input"));
        try (Stream<Path> samples = Files.list(Path.of("input"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, input.resolve(sample.getFileName()));
            }
        }
        Path late = Files.move(input.resolve(LATE_READOUT), folder.resolve(LATE_READOUT));
        sampleOutput = folder.resolve("output");
        BriefingsRun briefings = new BriefingsRun(folder);
        BriefingsRun.Result before = briefings.run(input, sampleOutput, "2026-12-19", mail);
        assertThat(before.exitCode()).as(before.err()).isZero();
        Files.move(late, input.resolve(LATE_READOUT));
        BriefingsRun.Result run = briefings.run(input, sampleOutput, SAMPLE_NIGHT, mail);
        assertThat(run.exitCode()).as(run.err()).isZero();
        chromium = new HeadlessChromium();
    }

    @AfterAll
    void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void loadsFromFileWithNoErrorAndNoRequestOutsideTheOutputFolder() {
        open(sampleOutput);
        assertThat(chromium.driver().getTitle()).isEqualTo("Readout briefings: night of 20 Dec 2026");
        assertThat(chromium.console()).as("console").extracting(LogEntry::getMessage).isEmpty();
        String folder = sampleOutput.toUri().toString();
        assertThat(chromium.requests()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(folder));
        // the script ran (the filter box shows only then)
        assertThat(chromium.driver().findElement(By.id("filter")).isDisplayed()).isTrue();
        // only the memos the late readout touched changed tonight
        assertThat(row("United Kingdom")).contains("20 Dec 2026").endsWith("Changed tonight");
        assertThat(row("Australia")).contains("19 Dec 2026").doesNotContain("Changed tonight");
    }

    private String row(String memo) {
        return chromium.driver().findElement(By.xpath("//tr[th/a[text()='" + memo + "']]")).getText();
    }

    @Test
    void everyLinkOpensAFileOfTheNight() throws IOException {
        open(sampleOutput);
        List<String> links = chromium.driver().findElements(By.cssSelector("a[href]")).stream()
                .map(a -> a.getDomProperty("href")).toList();
        long memos;
        try (Stream<Path> files = Stream.concat(Files.list(sampleOutput.resolve("memos/country")),
                Files.list(sampleOutput.resolve("memos/topic")))) {
            memos = files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
        // every country and topic memo, tonight's digest (not the earlier nights', kept beside it) and the tracker
        assertThat(links).hasSize((int) memos + 2);
        assertThat(links).allSatisfy(href -> {
            Path file = Path.of(URI.create(href));
            assertThat(file).isRegularFile();
            assertThat(file.normalize()).startsWith(sampleOutput);
        });
        assertThat(links).anyMatch(href -> href.endsWith("/tracker.xlsx"))
                .anyMatch(href -> href.endsWith("/memos/digest-" + SAMPLE_NIGHT + ".pdf"))
                .anyMatch(href -> href.endsWith("/memos/country/GB.pdf"));
    }

    @Test
    void theFilterNarrowsTheListsWithoutANetwork() {
        open(sampleOutput);
        List<WebElement> entries = chromium.driver().findElements(By.cssSelector("[data-filter]"));
        assertThat(visible(entries)).hasSize(entries.size()).hasSizeGreaterThan(10);

        WebElement box = chromium.driver().findElement(By.id("filter"));
        box.sendKeys("united kingdom");
        List<WebElement> shown = visible(entries);
        // the UK's memo, its readouts and the follow-up due on 31 Dec
        assertThat(shown).hasSizeBetween(2, entries.size() - 1)
                .allSatisfy(e -> assertThat(e.getText().toLowerCase()).contains("united kingdom"));
        assertThat(chromium.driver().findElement(By.id("filter-status")).getText())
                .isEqualTo(shown.size() + " of " + entries.size() + " entries match.");

        box.clear();
        box.sendKeys("nothing matches this");
        assertThat(visible(entries)).isEmpty();
        box.clear();
        box.sendKeys(" ");
        assertThat(visible(entries)).hasSize(entries.size());
    }

    @Test
    void axeCoreFindsNoSeriousOrCriticalViolation() {
        open(sampleOutput);
        Results results = new AxeBuilder().analyze(chromium.driver());
        assertThat(results.isErrored()).as(String.valueOf(results.getErrorMessage())).isFalse();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("axe-core violations").extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
        // the same at a phone's width, where the tables stack
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        Results narrow = new AxeBuilder().analyze(chromium.driver());
        chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        assertThat(narrow.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp()).toList()).as("axe-core violations at 390 px").isEmpty();
    }

    @Test
    void screenshotsAtDesktopAndPhoneWidths() throws IOException {
        open(sampleOutput);
        HeadlessChromium.save(chromium.screenshot(1280, false), "index-page-1280.png");
        HeadlessChromium.save(chromium.screenshot(390, true), "index-page-390.png");
        assertThat(Path.of("target/screenshots/index-page-1280.png")).isNotEmptyFile();
    }

    @Test
    void theNightsMessageShowsInABrowserAsReceived() throws Exception {
        MimeMessage[] received = smtp.getReceivedMessages();
        // the first night (its newest readout on the desk's partner or topic heads it), and tonight, when the UK's memo changed
        assertThat(received).extracting(MimeMessage::getSubject).containsExactly(
                "Readout briefings 19 Dec 2026: Japan-U.S. Foreign Ministers' Telephone Talk (and 5 more)",
                "Readout briefings 20 Dec 2026: Japan-UK Foreign Ministers' Telephone Talk");
        MimeMessage tonight = received[1];
        assertThat(MailParts.attachments(tonight)).contains("digest-2026-12-20.pdf", "country-GB.pdf");
        Path html = Files.writeString(folder.resolve("message.html"), MailParts.text(tonight, "text/html"));
        chromium.console();
        chromium.requests();
        chromium.driver().get(html.toUri().toString());
        assertThat(chromium.driver().findElement(By.tagName("body")).getText())
                .contains("For UK desk, on what is new since the night of 19 Dec 2026.")
                .contains("United Kingdom");
        assertThat(chromium.console()).extracting(LogEntry::getMessage).isEmpty();
        assertThat(chromium.requests()).containsExactly(html.toUri().toString());
        HeadlessChromium.save(chromium.screenshot(760, false), "mail-message.png");
    }

    @Test
    void aHostileReadoutShowsAsText(@TempDir Path folder) throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        String title = "Talks <script>window.pwned = 1</script> \"><img src=x onerror=\"window.pwned = 2\"> end";
        Files.writeString(input.resolve("hostile.json"), """
                {"title": %s, "meetingDate": "2026-11-20", "countries": ["JP", "AU"], "topics": ["trade"],
                 "followUps": [{"text": "Officials will meet <b>soon</b> <img src=x onerror=alert(1)>.", "actors": ["AU"],
                   "topic": "trade", "dueDate": "2026-11-30"}]}
                """.formatted(quote(title)));
        Path output = folder.resolve("output");
        BriefingsRun.Result run = new BriefingsRun(folder).run(input, output, "2026-11-27");
        assertThat(run.exitCode()).as(run.err()).isZero();

        open(output);
        assertThat(chromium.driver().executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(chromium.driver().findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThat(chromium.driver().findElement(By.id("new-readouts")).findElement(By.xpath(".."))
                .findElement(By.cssSelector(".title")).getText()).isEqualTo(title);
        assertThat(chromium.driver().findElement(By.tagName("main")).getText())
                .contains("Officials will meet <b>soon</b> <img src=x onerror=alert(1)>.");
        assertThat(chromium.console()).extracting(LogEntry::getMessage).isEmpty();
        String folderUrl = output.toUri().toString();
        assertThat(chromium.requests()).allSatisfy(url -> assertThat(url).startsWith(folderUrl));
    }

    /** Opens a night's page, with the logs of earlier pages read and dropped. */
    private void open(Path output) {
        chromium.console();
        chromium.requests();
        chromium.driver().get(output.resolve("index.html").toUri().toString());
    }

    private static List<WebElement> visible(List<WebElement> entries) {
        return entries.stream().filter(WebElement::isDisplayed).toList();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
