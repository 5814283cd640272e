package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.readoutbriefings.domain.Commitment;
import org.readoutbriefings.domain.FollowUp;
import org.readoutbriefings.domain.Participant;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.job.BriefingsProperties;
import org.readoutbriefings.memo.MemoView.CommitmentLine;
import org.readoutbriefings.memo.MemoView.FollowUpLine;
import org.readoutbriefings.memo.MemoView.Group;
import org.readoutbriefings.memo.MemoView.KeyFigures;
import org.readoutbriefings.memo.MemoView.Meeting;
import org.readoutbriefings.memo.MemoView.MonthBar;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupBuilder;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.rollup.RollupRow;
import org.readoutbriefings.store.ReadoutStore;

/**
 * Chooses what a memo says: figures from the rollup, then the meetings, commitments and follow-ups of
 * the period, most recent first and capped so a memo stays a briefing; the tracker has the full lists.
 */
public class MemoViewBuilder {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private final ReadoutStore store;
    private final RollupQueries rollup;
    private final TopicTaxonomy topics;
    private final Labels labels;
    private final BriefingsProperties.Memo settings;
    private final String homeCountry;

    public MemoViewBuilder(ReadoutStore store, RollupQueries rollup, CountryDirectory countries, TopicTaxonomy topics,
                           BriefingsProperties.Memo settings, String homeCountry) {
        this.store = store;
        this.rollup = rollup;
        this.topics = topics;
        this.labels = new Labels(countries, topics);
        this.settings = settings;
        this.homeCountry = homeCountry;
    }

    public MemoView build(MemoSubject subject, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(settings.periodMonths()).plusDays(1);
        boolean byCountry = subject.kind() == MemoSubject.Kind.COUNTRY;
        String partner = byCountry ? subject.key() : RollupBuilder.ALL;
        String topic = byCountry ? RollupBuilder.ALL : subject.key();

        List<RollupRow> totals = rollup.rows(partner, topic, from, asOf);
        RollupRow sum = totals.stream().reduce(RollupRow::plus).orElse(null);
        List<Readout> readouts = byCountry
                ? store.findReadouts(subject.key(), from, asOf)
                : store.findReadoutsOnTopic(subject.key(), from, asOf);
        List<Readout> recentFirst = new ArrayList<>(readouts);
        Collections.reverse(recentFirst);
        References refs = new References();

        Readout last = recentFirst.isEmpty() ? null : recentFirst.get(0);
        List<List<Readout>> engagements = engagements(recentFirst);
        List<Meeting> meetings = engagements.stream().limit(settings.maxMeetings()).map(accounts -> {
            Readout r = accounts.get(0);
            return new Meeting(r.meetingDate(), r.format().label(), r.title(), participants(r),
                    labels.countryNames(r.partnerCountries(homeCountry)), labels.topicNames(r.topics()),
                    accounts.stream().map(refs::of).toList(),
                    accounts.stream().skip(1).map(Readout::issuer).filter(i -> i != null)
                            .collect(Collectors.joining("; ")));
        }).toList();

        List<Group> groups = byCountry ? countryGroups(subject.key(), from, asOf, recentFirst, refs)
                : topicGroups(subject.key(), recentFirst, refs);
        int openListed = groups.stream().mapToInt(g -> g.commitments().size()).sum();
        int openTotal = sum == null ? 0 : sum.commitmentsOpen();

        List<FollowUpItem> allFollowUps = followUps(recentFirst, byCountry ? null : subject.key());
        List<FollowUpLine> followUps = allFollowUps.stream().limit(settings.maxCommitments())
                .map(i -> i.line(asOf, labels, refs)).toList();

        String title = (byCountry ? "Country briefing: " : "Topic briefing: ") + subject.name();
        return new MemoView(subject.kind().folder(), subject.key(), subject.name(), title, settings.handling(),
                settings.to(), settings.from(), asOf, from, asOf,
                new KeyFigures(sum == null ? 0 : sum.meetings(), last == null ? null : last.meetingDate(),
                        last == null ? null : last.title(), openTotal, sum == null ? 0 : sum.commitmentsTotal(),
                        sum == null ? 0 : sum.followUpsOpen(), sum == null ? 0 : sum.followUpsDue()),
                monthBars(totals, from, asOf), meetings, Math.max(0, engagements.size() - meetings.size()),
                groups, Math.max(0, openTotal - openListed), followUps, allFollowUps.size() - followUps.size(),
                refs.sources());
    }

    /**
     * The readouts grouped by meeting, most recent first: the two sides' accounts of one meeting (linked
     * by the job's link step) stand together, so the meeting is listed once and both are cited.
     */
    private List<List<Readout>> engagements(List<Readout> recentFirst) {
        Map<String, String> engagementOf = store.engagements(recentFirst.stream().map(Readout::id).toList());
        Map<String, List<Readout>> grouped = new LinkedHashMap<>();
        for (Readout r : recentFirst) {
            grouped.computeIfAbsent(engagementOf.getOrDefault(r.id(), r.id()), k -> new ArrayList<>()).add(r);
        }
        return List.copyOf(grouped.values());
    }

    /** Country memo: a group per topic, busiest topic first, with its open commitments. */
    private List<Group> countryGroups(String country, LocalDate from, LocalDate asOf, List<Readout> recentFirst,
                                      References refs) {
        Map<String, RollupRow> byTopic = RollupQueries.sum(
                rollup.rowsOfPartner(country, from, asOf), RollupRow::topic);
        List<RollupRow> busiest = byTopic.values().stream()
                .sorted(Comparator.comparingInt(RollupRow::meetings).reversed()
                        .thenComparing(Comparator.comparingInt(RollupRow::commitmentsOpen).reversed())
                        .thenComparing(RollupRow::topic))
                .toList();
        Budget budget = new Budget(settings.maxCommitments());
        List<Group> groups = new ArrayList<>();
        for (RollupRow row : busiest) {
            List<CommitmentLine> lines = openCommitments(recentFirst, c -> c.topic().equals(row.topic()), refs, budget);
            groups.add(new Group(topics.label(row.topic()), row.meetings(), row.commitmentsOpen(), lines));
        }
        return groups;
    }

    /** Topic memo: a group per set of partner countries, busiest first. */
    private List<Group> topicGroups(String topic, List<Readout> recentFirst, References refs) {
        Map<String, List<Readout>> byPartners = recentFirst.stream().collect(Collectors.groupingBy(
                r -> labels.countryNames(r.partnerCountries(homeCountry)), LinkedHashMap::new, Collectors.toList()));
        Budget budget = new Budget(settings.maxCommitments());
        return byPartners.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Readout>> e) -> e.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> {
                    List<CommitmentLine> lines = openCommitments(e.getValue(), c -> c.topic().equals(topic), refs, budget);
                    int open = (int) e.getValue().stream().flatMap(r -> r.commitments().stream())
                            .filter(c -> c.topic().equals(topic) && c.status().isOpen()).count();
                    return new Group(e.getKey(), e.getValue().size(), open, lines);
                })
                .toList();
    }

    /** How many more lines a memo may list. */
    private static final class Budget {
        private int left;

        Budget(int left) {
            this.left = left;
        }

        boolean take() {
            return left-- > 0;
        }
    }

    private List<CommitmentLine> openCommitments(List<Readout> readouts, java.util.function.Predicate<Commitment> filter,
                                                 References refs, Budget budget) {
        List<CommitmentLine> lines = new ArrayList<>();
        for (Readout r : readouts) {
            for (Commitment c : r.commitments()) {
                if (filter.test(c) && c.status().isOpen() && budget.take()) {
                    lines.add(new CommitmentLine(c.text(), labels.countryNames(c.actors()),
                            c.dueDate() == null ? "" : c.dueDate().toString(), c.status().label(), refs.of(r)));
                }
            }
        }
        return lines;
    }

    private record FollowUpItem(FollowUp followUp, Readout readout) {

        FollowUpLine line(LocalDate asOf, Labels labels, References refs) {
            FollowUp f = followUp;
            boolean overdue = f.status().isOpen() && f.dueDate() != null && f.dueDate().isBefore(asOf);
            String due = f.dueDate() != null ? f.dueDate().toString() : f.dueText() == null ? "" : f.dueText();
            return new FollowUpLine(f.text(), labels.countryNames(f.actors()), due, f.status().label(), overdue,
                    refs.of(readout));
        }
    }

    /** The follow-ups of the readouts (on {@code topic}, unless null): open ones first, then by due date. */
    private static List<FollowUpItem> followUps(List<Readout> recentFirst, String topic) {
        List<FollowUpItem> items = new ArrayList<>();
        for (Readout r : recentFirst) {
            for (FollowUp f : r.followUps()) {
                if (topic == null || f.topic().equals(topic)) {
                    items.add(new FollowUpItem(f, r));
                }
            }
        }
        // undated last
        items.sort(Comparator.comparing((FollowUpItem i) -> !i.followUp().status().isOpen())
                .thenComparing(i -> i.followUp().dueDate(), Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    private static List<MonthBar> monthBars(List<RollupRow> totals, LocalDate from, LocalDate to) {
        Map<String, Integer> byMonth = totals.stream().collect(Collectors.toMap(RollupRow::month, RollupRow::meetings, Integer::sum));
        int max = Math.max(1, byMonth.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<MonthBar> bars = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            int n = byMonth.getOrDefault(m.toString(), 0);
            bars.add(new MonthBar(m.format(MONTH), n, n * 100 / max));
        }
        return bars;
    }

    private String participants(Readout r) {
        return r.participants().stream().map(this::participant).collect(Collectors.joining("; "));
    }

    private String participant(Participant p) {
        StringBuilder s = new StringBuilder(p.name());
        if (p.title() != null) {
            s.append(", ").append(p.title());
        }
        if (p.country() != null) {
            s.append(" (").append(p.country()).append(')');
        }
        return s.toString();
    }
}
