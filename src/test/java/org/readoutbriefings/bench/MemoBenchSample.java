package org.readoutbriefings.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.readoutbriefings.memo.MemoView;
import org.readoutbriefings.memo.MemoView.CommitmentLine;
import org.readoutbriefings.memo.MemoView.FollowUpLine;
import org.readoutbriefings.memo.MemoView.Group;
import org.readoutbriefings.memo.MemoView.KeyFigures;
import org.readoutbriefings.memo.MemoView.Meeting;
import org.readoutbriefings.memo.MemoView.MonthBar;
import org.readoutbriefings.memo.MemoView.Source;

/**
 * One typical country memo for the memo benchmarks, shaped like the sample run's United States memo:
 * three meetings, seven topics of commitments, three follow-ups and the sources, with Japanese, Korean
 * and Polish names in the participants (so the fallback fonts are used). It renders to three A4 pages.
 */
public final class MemoBenchSample {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 27);

    private MemoBenchSample() {
    }

    public static MemoView countryMemo() {
        List<MonthBar> months = new ArrayList<>();
        String[] labels = {"Nov 25", "Dec 25", "Jan 26", "Feb 26", "Mar 26", "Apr 26", "May 26", "Jun 26", "Jul 26",
                "Aug 26", "Sep 26", "Oct 26", "Nov 26"};
        int[] counts = {0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0};
        for (int i = 0; i < labels.length; i++) {
            months.add(new MonthBar(labels[i], counts[i], counts[i] * 100));
        }
        List<Meeting> meetings = List.of(
                new Meeting(LocalDate.of(2026, 10, 29), "Telephone call", "Japan-U.S. Foreign Ministers' Telephone Talk",
                        "MOTEGI Toshimitsu (茂木敏充), Minister for Foreign Affairs (JP); Marco Rubio, Secretary of State (US)",
                        "United States", "Alliance and defence, Sanctions and export controls, Regional security,"
                        + " Nonproliferation and arms control", List.of(1), "",
                        List.of("The two ministers exchanged views on export controls on advanced semiconductors.")),
                new Meeting(LocalDate.of(2026, 4, 16), "In-person meeting",
                        "Ambassador Greer Meets with Japan's Minister of Economy, Trade and Industry Akazawa",
                        "Jamieson Greer, United States Trade Representative (US); AKAZAWA Ryosei (赤沢亮正), Minister of"
                        + " Economy, Trade and Industry (JP)", "United States",
                        "Trade and market access, Investment, finance and macroeconomy, Economic security and supply chains",
                        List.of(2), "", List.of()),
                new Meeting(LocalDate.of(2026, 2, 12), "Trilateral meeting",
                        "Japan-Republic of Korea-United States Foreign Ministers' Meeting",
                        "Cho Hyun (조현), Minister of Foreign Affairs (KR); Marco Rubio, Secretary of State (US);"
                        + " Radosław Sikorski, observer (PL)", "United States, Republic of Korea",
                        "Regional security, Nonproliferation and arms control", List.of(3, 4), "Ministry of Foreign Affairs (KR)",
                        List.of()));
        List<Group> groups = List.of(
                group("Alliance and defence", 1, "The two ministers welcomed the steady progress in strengthening the"
                        + " deterrence and response capabilities of the Japan-U.S. Alliance, and confirmed that they would"
                        + " continue to coordinate closely toward the smooth implementation of the realignment of U.S."
                        + " forces in Japan.", "Japan, United States", 1),
                group("Economic security and supply chains", 1, "Ambassador Greer and Minister Akazawa also agreed to"
                        + " deepen cooperation on supply chain resilience for critical minerals and semiconductors, and to"
                        + " address non-market policies and practices of third countries that create harmful overcapacity.",
                        "Japan, United States", 2),
                group("Investment, finance and macroeconomy", 1, "Minister Akazawa confirmed that Japan would continue"
                        + " to work with the U.S. side on the timely identification and financing of investment projects.",
                        "Japan", 2),
                group("Nonproliferation and arms control", 2, "The three ministers confirmed that Japan, the Republic of"
                        + " Korea and the United States would continue to work together toward the complete"
                        + " denuclearization of North Korea, and Secretary Rubio expressed support for the immediate"
                        + " resolution of the abductions issue.", "Japan, Republic of Korea, United States", 3),
                group("Sanctions and export controls", 1, "The two ministers confirmed that Japan and the United States"
                        + " would further align their export control measures to prevent critical technologies from being"
                        + " diverted to military end uses.", "Japan, United States", 1),
                group("Trade and market access", 1, "Ambassador Greer and Minister Akazawa committed to continue full and"
                        + " timely implementation of the agreement, including its provisions on market access for U.S."
                        + " agricultural and industrial goods.", "Japan, United States", 2),
                group("Regional security", 2, "Minister Cho (조현) and Minister Motegi (茂木) agreed to hold the next"
                        + " trilateral secretariat meeting in Seoul and to keep their crisis hotlines exercised every"
                        + " quarter.", "Japan, Republic of Korea", 4));
        List<FollowUpLine> followUps = List.of(
                new FollowUpLine("The two ministers confirmed that they would coordinate toward a Japan-U.S. summit"
                        + " meeting on the margins of the APEC Economic Leaders' Meeting in November.",
                        "Japan, United States", "2026-11-30", "Open", false, 1, 0),
                new FollowUpLine("They also agreed to hold the Japan-U.S. Extended Deterrence Dialogue in Washington in"
                        + " early December.", "Japan, United States", "2026-12-04", "Open", false, 1, 0),
                new FollowUpLine("Ambassador Greer and Minister Akazawa directed their teams to report back on progress"
                        + " in resolving outstanding non-tariff measures by mid-December 2026.", "Japan, United States",
                        "2026-12-15", "Open", false, 2, 0));
        List<Source> sources = List.of(
                new Source(1, "Japan-U.S. Foreign Ministers' Telephone Talk", "Ministry of Foreign Affairs of Japan",
                        LocalDate.of(2026, 10, 29), "https://www.mofa.go.jp/na/na1/us/pageite_000001_01234.html",
                        "2026-readouts-feed.jsonl"),
                new Source(2, "Ambassador Greer Meets with Japan's Minister of Economy, Trade and Industry Akazawa",
                        "Office of the United States Trade Representative", LocalDate.of(2026, 4, 16),
                        "https://ustr.gov/about-us/policy-offices/press-office/press-releases/2026/april/ambassador-greer"
                        + "-meets-japans-minister-economy-trade-and-industry-akazawa", "2026-readouts-feed.jsonl"),
                new Source(3, "Japan-Republic of Korea-United States Foreign Ministers' Meeting",
                        "Ministry of Foreign Affairs of Japan", LocalDate.of(2026, 2, 12),
                        "https://www.mofa.go.jp/a_o/na/page1e_000999.html", "2026-readouts-feed.jsonl"),
                new Source(4, "한미일 외교장관회의 결과 (Outcome of the ROK-US-Japan Foreign Ministers' Meeting)",
                        "Ministry of Foreign Affairs (KR)", LocalDate.of(2026, 2, 12),
                        "https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=370000", "2026-readouts-feed.jsonl"));
        return new MemoView("country", "US", "United States", "Country briefing: United States", "UNCLASSIFIED",
                "Policy staff", "Readout Briefings", RUN, RUN.minusYears(1).plusDays(1), RUN,
                new KeyFigures(3, LocalDate.of(2026, 10, 29), "Japan-U.S. Foreign Ministers' Telephone Talk", 7, 7, 3, 0,
                        LocalDate.of(2026, 10, 29), "Japan-U.S. Foreign Ministers' Telephone Talk"),
                List.of(new MemoView.Theme("Nonproliferation and arms control", 2, 1)), months, meetings, 0, groups, 0, List.of(), followUps, 0, sources);
    }

    private static Group group(String heading, int meetings, String text, String actors, int ref) {
        return new Group(heading, meetings, 1, List.of(new CommitmentLine(text, actors, "firm", "", "Open", "", ref, 0)));
    }
}
