package org.readoutbriefings.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HeadingAtPageFootTest {
    private static final Pattern HEADING = Pattern.compile("<h[23][^>]*>([^<]+)</h[23]>");
    private static final Pattern PAGE_FURNITURE = Pattern.compile("^(?:UNCLASSIFIED|Page \\d+ of \\d+|.*Page \\d+ of \\d+)$");
    private final MemoRenderer renderer = new MemoRenderer(Path.of("templates"));

    @Test
    void noMemoPageEndsWithAHeadingOrATablesHeader() throws IOException {
        MemoView sample = (MemoView) MemoSamples.all().get(0);
        List<String> stranded = new ArrayList<>();
        for (int n = 1; n <= 70; n++) {
            stranded.addAll(strandedHeadings(withThemes(sample, n), n + " themes"));
        }
        assertThat(stranded).isEmpty();
    }

    @Test
    void noDigestPageEndsWithAPartnersHeadingOrATablesHeader() throws IOException {
        DigestView sample = (DigestView) MemoSamples.all().stream().filter(DigestView.class::isInstance).findFirst().orElseThrow();
        List<String> stranded = new ArrayList<>();
        for (int n = 1; n <= 45; n++) {
            stranded.addAll(strandedHeadings(withNewReadouts(sample, n), n + " new readouts"));
        }
        assertThat(stranded).isEmpty();
    }

    /** The pages but the last that end with a heading, or with a table's header row (its last cell is "Ref."). */
    private List<String> strandedHeadings(MemoContent memo, String which) throws IOException {
        List<String> stranded = new ArrayList<>();
        Set<String> headings = headings(renderer.html(memo));
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(memo))) {
            for (int page = 1; page < pdf.getNumberOfPages(); page++) {
                String last = lastBodyLine(pdf, page);
                if (headings.contains(last) || last.endsWith("Ref.")) {
                    stranded.add(which + ", page " + page + ": " + last);
                }
            }
        }
        return stranded;
    }

    private static Set<String> headings(String html) {
        Set<String> headings = new TreeSet<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            headings.add(m.group(1).strip().replace("&amp;", "&"));
        }
        return headings;
    }

    private static String lastBodyLine(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = new ArrayList<>(List.of(stripper.getText(pdf).split("\\R")));
        Collections.reverse(lines);
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !PAGE_FURNITURE.matcher(l).matches())
                .findFirst().orElse("");
    }

    private static MemoView withThemes(MemoView v, int n) {
        List<MemoView.Theme> themes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            themes.add(v.themes().get(i % v.themes().size()));
        }
        return new MemoView(v.kind(), v.subjectKey(), v.subjectName(), v.title(), v.handling(), v.to(), v.from(), v.date(),
                v.periodFrom(), v.periodTo(), v.keyFigures(), themes, v.months(), v.meetings(), v.moreMeetings(), v.groups(),
                v.moreCommitments(), v.completed(), v.followUps(), v.moreFollowUps(), v.sources());
    }

    /** The sample digest with n new readouts and three partners' overdue follow-ups, each with a long one first. */
    private static DigestView withNewReadouts(DigestView d, int n) {
        List<DigestView.NewReadout> readouts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            readouts.add(d.newReadouts().get(0));
        }
        DigestView.DueLine late = d.overdue().get(0).lines().get(0);
        DigestView.DueLine longLate = new DigestView.DueLine(late.due(), late.days(),
                "The two sides will hold the next round of consultations on trade, investment, energy and the"
                        + " environment in the capital before the end of the year, and will exchange drafts before then.",
                late.actors(), late.partners(), late.status(), late.ref(), late.newlyOverdue(), late.partnerCodes(), late.topicId());
        List<DigestView.OverdueGroup> groups = List.of(new DigestView.OverdueGroup("South Korea", List.of(longLate, late)),
                new DigestView.OverdueGroup("Japan", List.of(longLate, late, late)),
                new DigestView.OverdueGroup("France", List.of(longLate)));
        return new DigestView(d.kind(), d.subjectKey(), d.title(), d.handling(), d.to(), d.from(), d.date(),
                d.previousNight(), d.dueDays(), readouts, d.moreNewReadouts(), d.newCommitments(), d.moreNewCommitments(),
                d.dueSoon(), d.moreDueSoon(), d.overdueDays(), groups, d.moreOverdue(), d.olderOverdue(), d.sources());
    }
}
