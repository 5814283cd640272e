package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.readoutbriefings.domain.Commitment;
import org.readoutbriefings.domain.FollowUp;
import org.readoutbriefings.domain.Participant;
import org.readoutbriefings.domain.CommitmentStrength;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.extract.DiscussionPoints;
import org.readoutbriefings.extract.ExtractionCues;
import org.readoutbriefings.memo.MemoView.CommitmentLine;
import org.readoutbriefings.memo.MemoView.FollowUpLine;
import org.readoutbriefings.memo.MemoView.Group;
import org.readoutbriefings.memo.MemoView.KeyFigures;
import org.readoutbriefings.memo.MemoView.Meeting;
import org.readoutbriefings.memo.MemoView.MonthBar;
import org.readoutbriefings.memo.MemoView.Theme;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.store.BriefingQueries;
import org.readoutbriefings.store.BriefingQueries.Scope;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupBuilder;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.rollup.RollupRow;
import org.readoutbriefings.store.ReadoutStore;

/**
 * Chooses what a memo says: figures from the rollup, then the meetings, commitments and follow-ups of
 * the period, most recent first and capped so a memo stays a briefing; the tracker has the full lists.
 * The choosing and capping happen in SQL ({@link BriefingQueries}), so a memo reads the few dozen
 * readouts it cites, however many the period holds.
 */
public class MemoViewBuilder {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
    /** The earliest meeting a memo looks back to for the last engagement of a quiet subject. */
    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);
    private static final DiscussionPoints POINTS = new DiscussionPoints(ExtractionCues.builtIn());

    private final ReadoutStore store;
    private final BriefingQueries queries;
    private final RollupQueries rollup;
    private final TopicTaxonomy topics;
    private final Labels labels;
    private final MemoSettings settings;
    private final String homeCountry;
    private final String runDateParameter;

    /** Commitments staff marked Done this many days before the memo's night are listed as completed. */
    static final int COMPLETED_DAYS = 30;

    /** @param runDateParameter the job parameter that holds a run's date: it dates when staff marked a commitment Done */
    public MemoViewBuilder(ReadoutStore store, BriefingQueries queries, RollupQueries rollup, CountryDirectory countries,
                           TopicTaxonomy topics, MemoSettings settings, String homeCountry, String runDateParameter) {
        this.store = store;
        this.queries = queries;
        this.rollup = rollup;
        this.topics = topics;
        this.labels = new Labels(countries, topics);
        this.settings = settings;
        this.homeCountry = homeCountry;
        this.runDateParameter = runDateParameter;
    }

    public MemoView build(MemoSubject subject, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(settings.periodMonths()).plusDays(1);
        boolean byCountry = subject.kind() == MemoSubject.Kind.COUNTRY;
        String partner = byCountry ? subject.key() : RollupBuilder.ALL;
        String topic = byCountry ? RollupBuilder.ALL : subject.key();
        Scope scope = byCountry ? Scope.country(subject.key(), from, asOf) : Scope.topic(subject.key(), from, asOf);

        List<RollupRow> totals = rollup.rows(partner, topic, from, asOf);
        RollupRow sum = totals.stream().reduce(RollupRow::plus).orElse(null);

        // what the memo will cite, chosen in SQL; then those readouts, loaded whole
        List<List<String>> meetingIds = queries.recentMeetings(scope, settings.maxMeetings());
        // a country memo's rows per topic: its groups and its themes
        List<RollupRow> byTopicRows = byCountry ? rollup.rowsOfPartner(subject.key(), from, asOf) : List.of();
        List<Selection> selections = byCountry ? countrySelections(byTopicRows, scope) : topicSelections(subject.key(), scope);
        String followUpTopic = byCountry ? null : subject.key();
        List<BriefingQueries.Item> allFollowUps = queries.followUps(scope, followUpTopic);
        List<BriefingQueries.Item> followUpItems = first(allFollowUps, settings.maxCommitments());
        List<BriefingQueries.Item> completedItems = queries.completedCommitments(scope, asOf.minusDays(COMPLETED_DAYS),
                runDateParameter, settings.maxCommitments());
        Map<String, String> fulfilledBy = queries.fulfilledBy(followUpItems.stream().map(BriefingQueries.Item::id).toList());
        List<String> commitmentIds = new ArrayList<>();
        completedItems.forEach(c -> commitmentIds.add(c.id()));
        selections.forEach(g -> g.commitments().forEach(c -> commitmentIds.add(c.id())));
        Map<String, String> reaffirmedBy = queries.reaffirmedBy(commitmentIds);
        List<String> cited = new ArrayList<>();
        meetingIds.forEach(cited::addAll);
        cited.addAll(fulfilledBy.values());
        cited.addAll(reaffirmedBy.values());
        completedItems.forEach(c -> cited.add(c.readoutId()));
        selections.forEach(g -> g.commitments().forEach(c -> cited.add(c.readoutId())));
        followUpItems.forEach(f -> cited.add(f.readoutId()));
        Map<String, Readout> readouts = store.findByIds(cited);
        References refs = new References();
        // a commitment's reference, then its evidence's: numbered in the order the memo cites them
        java.util.function.BiFunction<BriefingQueries.Item, Readout, CommitmentLine> commitment = (c, r) -> commitmentLine(r, c, refs,
                reaffirmedBy.containsKey(c.id()) ? readouts.get(reaffirmedBy.get(c.id())) : null);

        List<Meeting> meetings = meetingIds.stream().map(ids -> {
            List<Readout> accounts = ids.stream().map(readouts::get).toList();
            Readout r = accounts.get(0);
            return new Meeting(r.meetingDate(), r.format().label(), r.title(), participants(r),
                    labels.countryNames(r.partnerCountries(homeCountry)), labels.topicNames(r.topics()),
                    accounts.stream().map(refs::of).toList(),
                    accounts.stream().skip(1).map(Readout::issuer).filter(i -> i != null)
                            .collect(Collectors.joining("; ")),
                    POINTS.of(r.body(), listedTexts(r)));
        }).toList();
        Readout last = meetingIds.isEmpty() ? null : readouts.get(meetingIds.get(0).get(0));
        // a quiet period's memo names the last engagement there ever was
        Readout lastEver = last;
        if (last == null) {
            Scope ever = byCountry ? Scope.country(subject.key(), EVER, asOf) : Scope.topic(subject.key(), EVER, asOf);
            lastEver = queries.recentMeetings(ever, 1).stream().findFirst()
                    .map(ids -> store.findByIds(List.of(ids.get(0))).get(ids.get(0))).orElse(null);
        }
        List<Theme> themes = byCountry ? themes(byTopicRows,
                rollup.rowsOfPartner(subject.key(), from.minusMonths(12), from.minusMonths(1)), RollupRow::topic, topics::label)
                : themes(rollup.rowsOfTopic(subject.key(), from, asOf),
                rollup.rowsOfTopic(subject.key(), from.minusMonths(12), from.minusMonths(1)), RollupRow::partnerCountry,
                c -> labels.countryNames(List.of(c)));

        List<Group> groups = selections.stream().map(g -> new Group(g.heading(), g.meetings(), g.commitmentsOpen(),
                g.commitments().stream().map(c -> commitment.apply(c, readouts.get(c.readoutId())))
                        .filter(line -> line != null).toList())).toList();
        int openListed = groups.stream().mapToInt(g -> g.commitments().size()).sum();
        int openTotal = sum == null ? 0 : sum.commitmentsOpen();

        // a sentence that is a commitment and a follow-up is one item: listed once, with the commitments
        Set<String> listed = new HashSet<>();
        selections.forEach(g -> g.commitments().forEach(c -> readouts.get(c.readoutId()).commitments().stream()
                .filter(x -> x.id().equals(c.id())).forEach(x -> listed.add(c.readoutId() + "\n" + x.text()))));
        List<FollowUpLine> followUps = followUpItems.stream()
                .filter(i -> readouts.get(i.readoutId()).followUps().stream()
                        .noneMatch(f -> f.id().equals(i.id()) && listed.contains(i.readoutId() + "\n" + f.text())))
                .map(i -> followUpLine(readouts.get(i.readoutId()), i, asOf, refs,
                        fulfilledBy.containsKey(i.id()) ? readouts.get(fulfilledBy.get(i.id())) : null))
                .filter(line -> line != null).toList();

        String title = (byCountry ? "Country briefing: " : "Topic briefing: ") + subject.name();
        return new MemoView(subject.kind().folder(), subject.key(), subject.name(), title, settings.handling(),
                settings.to(), settings.from(), asOf, from, asOf,
                new KeyFigures(sum == null ? 0 : sum.meetings(), last == null ? null : last.meetingDate(),
                        last == null ? null : last.title(), openTotal, sum == null ? 0 : sum.commitmentsTotal(),
                        sum == null ? 0 : sum.followUpsOpen(), sum == null ? 0 : sum.followUpsDue(),
                        lastEver == null ? null : lastEver.meetingDate(), lastEver == null ? null : lastEver.title()),
                themes, monthBars(totals, from, asOf), meetings, (int) Math.max(0, queries.meetingCount(scope) - meetings.size()),
                groups, Math.max(0, openTotal - openListed),
                completedItems.stream().map(c -> commitment.apply(c, readouts.get(c.readoutId()))).filter(line -> line != null).toList(),
                followUps, Math.max(0, allFollowUps.size() - followUps.size()),
                refs.sources());
    }

    /** The most engaged topics (or partners) of the period, busiest first, each with its meetings the year before. */
    private static List<Theme> themes(List<RollupRow> period, List<RollupRow> before,
                                      java.util.function.Function<RollupRow, String> key,
                                      java.util.function.Function<String, String> name) {
        Map<String, RollupRow> now = RollupQueries.sum(period, key);
        Map<String, RollupRow> then = RollupQueries.sum(before, key);
        return now.values().stream().filter(r -> r.meetings() > 0)
                .sorted(Comparator.comparingInt(RollupRow::meetings).reversed().thenComparing(key))
                .limit(MAX_THEMES)
                .map(r -> new Theme(name.apply(key.apply(r)), r.meetings(),
                        then.containsKey(key.apply(r)) ? then.get(key.apply(r)).meetings() : 0))
                .toList();
    }

    /** A memo names the few themes that carried the period; the chart and tracker have the rest. */
    private static final int MAX_THEMES = 6;

    /** The texts of a readout's commitments and follow-ups: listed on their own, so not quoted again as points. */
    private static List<String> listedTexts(Readout r) {
        List<String> texts = new ArrayList<>();
        r.commitments().forEach(c -> texts.add(c.text()));
        r.followUps().forEach(f -> texts.add(f.text()));
        return texts;
    }

    /** A group of the memo before its readouts are loaded: its heading, figures and chosen commitments. */
    private record Selection(String heading, int meetings, int commitmentsOpen, List<BriefingQueries.Item> commitments) {
    }

    /** Country memo: a group per topic, busiest topic first, with its most recent open commitments. */
    private List<Selection> countrySelections(List<RollupRow> rowsOfPartner, Scope scope) {
        Map<String, RollupRow> byTopic = RollupQueries.sum(rowsOfPartner, RollupRow::topic);
        List<RollupRow> busiest = byTopic.values().stream()
                .sorted(Comparator.comparingInt(RollupRow::meetings).reversed()
                        .thenComparing(Comparator.comparingInt(RollupRow::commitmentsOpen).reversed())
                        .thenComparing(RollupRow::topic))
                .toList();
        int budget = settings.maxCommitments();
        List<Selection> groups = new ArrayList<>();
        for (RollupRow row : busiest) {
            List<BriefingQueries.Item> chosen = row.commitmentsOpen() == 0 ? List.of()
                    : queries.openCommitments(scope, row.topic(), budget);
            budget -= chosen.size();
            groups.add(new Selection(topics.label(row.topic()), row.meetings(), row.commitmentsOpen(), chosen));
        }
        return groups;
    }

    /**
     * Topic memo: a group per set of partner countries, busiest first; the most recent open commitments on
     * the topic stand under their set.
     */
    private List<Selection> topicSelections(String topic, Scope scope) {
        Map<String, java.util.Set<String>> partners = queries.partnersOfReadouts(scope, homeCountry);
        // every open commitment on the topic, most recent first: counted per readout, the first few listed
        List<BriefingQueries.Item> open = queries.openCommitments(scope, topic, Integer.MAX_VALUE);
        Map<String, Integer> openByReadout = new HashMap<>();
        open.forEach(item -> openByReadout.merge(item.readoutId(), 1, Integer::sum));
        Map<String, String> setOfReadout = new LinkedHashMap<>();
        Map<String, int[]> figures = new LinkedHashMap<>(); // set -> {meetings, open commitments}
        partners.forEach((readout, set) -> {
            String label = labels.countryNames(List.copyOf(set));
            setOfReadout.put(readout, label);
            int[] f = figures.computeIfAbsent(label, k -> new int[2]);
            f[0]++;
            f[1] += openByReadout.getOrDefault(readout, 0);
        });
        Map<String, List<BriefingQueries.Item>> chosen = new LinkedHashMap<>();
        for (BriefingQueries.Item item : first(open, settings.maxCommitments())) {
            chosen.computeIfAbsent(setOfReadout.getOrDefault(item.readoutId(), ""), k -> new ArrayList<>()).add(item);
        }
        return figures.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Selection(e.getKey(), e.getValue()[0], e.getValue()[1], chosen.getOrDefault(e.getKey(), List.of())))
                .toList();
    }

    /** The first {@code n} items, the ones a memo lists; the rest it only counts. */
    private static <T> List<T> first(List<T> items, int n) {
        return items.subList(0, Math.min(items.size(), n));
    }

    /**
     * A commitment's line: its text from the readout; its status and due date as the tracker has them, else,
     * when the same sentence is a follow-up, when that is due; and the later readout that said it again, if any.
     */
    private CommitmentLine commitmentLine(Readout r, BriefingQueries.Item item, References refs, Readout reaffirmed) {
        for (Commitment c : r.commitments()) {
            if (c.id().equals(item.id())) {
                String due = item.due() != null ? MemoContent.DAY.format(item.due()) : r.followUps().stream()
                        .filter(f -> f.text().equals(c.text()))
                        .map(f -> f.dueDate() != null ? MemoContent.DAY.format(f.dueDate()) : f.dueText())
                        .filter(d -> d != null).findFirst().orElse("");
                return new CommitmentLine(c.text(), labels.countryNames(c.actors()),
                        c.strength() == CommitmentStrength.WEAK ? "soft" : "firm", due, item.status().label(),
                        item.owner() == null ? "" : item.owner(), refs.of(r), reaffirmed == null ? 0 : refs.of(reaffirmed));
            }
        }
        return null;
    }

    private FollowUpLine followUpLine(Readout r, BriefingQueries.Item item, LocalDate asOf, References refs, Readout evidence) {
        for (FollowUp f : r.followUps()) {
            if (f.id().equals(item.id())) {
                boolean overdue = evidence == null && item.status().isOpen() && item.due() != null && item.due().isBefore(asOf);
                String due = item.due() != null ? MemoContent.DAY.format(item.due()) : f.dueText() == null ? "" : f.dueText();
                return new FollowUpLine(f.text(), labels.countryNames(f.actors()), due, item.status().label(), overdue,
                        refs.of(r), evidence == null ? 0 : refs.of(evidence));
            }
        }
        return null;
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
        StringBuilder s = new StringBuilder(p.displayName());
        if (p.title() != null) {
            s.append(", ").append(p.title());
        }
        if (p.country() != null) {
            s.append(" (").append(p.country()).append(')');
        }
        return s.toString();
    }
}
