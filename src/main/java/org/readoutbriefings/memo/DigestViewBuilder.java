package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.memo.DigestView.DueLine;
import org.readoutbriefings.memo.DigestView.NewCommitment;
import org.readoutbriefings.memo.DigestView.NewReadout;
import org.readoutbriefings.memo.DigestView.OverdueGroup;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.store.BriefingQueries;
import org.readoutbriefings.store.ReadoutStore;
import org.readoutbriefings.store.RunHistory;
import org.readoutbriefings.store.RunHistory.CompletedRun;

/**
 * Chooses what the nightly digest says: readouts and commitments stored since the last successful run
 * (everything, on the first run), then open follow-ups due within {@code digest-due-days}, soonest first,
 * and those overdue by at most {@value #OVERDUE_DAYS} days, by partner; older ones are counted. Lists are
 * capped like a memo's; the tracker has everything.
 */
public class DigestViewBuilder {

    /** An overdue follow-up older than this is history for the tracker, not news for the digest. */
    static final int OVERDUE_DAYS = 90;
    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ReadoutStore store;
    private final BriefingQueries queries;
    private final RunHistory history;
    private final Labels labels;
    private final MemoSettings settings;
    private final String homeCountry;

    public DigestViewBuilder(ReadoutStore store, BriefingQueries queries, RunHistory history, CountryDirectory countries,
                             TopicTaxonomy topics, MemoSettings settings, String homeCountry) {
        this.store = store;
        this.queries = queries;
        this.history = history;
        this.labels = new Labels(countries, topics);
        this.settings = settings;
        this.homeCountry = homeCountry;
    }

    /** The digest of run {@code runId} for the night of {@code asOf}. */
    public DigestView build(LocalDate asOf, long runId) {
        // the previous night's, not an earlier run of this night's: a forced rerun lists what the first run did
        CompletedRun last = history.lastCompletedNightBefore(asOf).orElse(null);
        long after = last == null ? 0 : last.executionId();
        LocalDate by = asOf.plusDays(settings.digestDueDays());

        // what the digest will list, chosen in SQL; then those readouts, loaded whole
        List<String> freshIds = queries.newReadouts(after, settings.maxMeetings());
        List<BriefingQueries.Item> commitmentItems = queries.newCommitments(after, settings.maxCommitments());
        List<BriefingQueries.Item> dueSoonItems = queries.openFollowUpsDue(asOf, by, settings.maxCommitments());
        LocalDate oldestListed = asOf.minusDays(OVERDUE_DAYS);
        List<BriefingQueries.Item> overdueItems = queries.openFollowUpsDue(oldestListed, asOf.minusDays(1), settings.maxCommitments());
        List<String> cited = new ArrayList<>(freshIds);
        for (List<BriefingQueries.Item> items : List.of(commitmentItems, dueSoonItems, overdueItems)) {
            items.forEach(i -> cited.add(i.readoutId()));
        }
        Map<String, Readout> readouts = store.findByIds(cited);
        References refs = new References();

        List<NewReadout> newReadouts = freshIds.stream().map(readouts::get)
                .map(r -> new NewReadout(r.meetingDate(), r.format().label(), r.title(), partners(r),
                        labels.topicNames(r.topics()), refs.of(r), r.partnerCountries(homeCountry), r.topics()))
                .toList();
        List<NewCommitment> newCommitments = new ArrayList<>();
        for (BriefingQueries.Item item : commitmentItems) {
            Readout r = readouts.get(item.readoutId());
            r.commitments().stream().filter(c -> c.id().equals(item.id())).findFirst().ifPresent(c ->
                    newCommitments.add(new NewCommitment(c.text(), labels.countryNames(c.actors()), partners(r),
                            labels.topicNames(List.of(c.topic())), item.due() == null ? "" : MemoContent.DAY.format(item.due()),
                            refs.of(r), r.partnerCountries(homeCountry), c.topic())));
        }
        LocalDate previousNight = last == null ? null : last.runDate();
        List<DueLine> dueSoonLines = lines(dueSoonItems, readouts, asOf, previousNight, refs);
        Map<String, List<DueLine>> byPartners = new LinkedHashMap<>();
        lines(overdueItems, readouts, asOf, previousNight, refs).stream()
                .sorted(java.util.Comparator.comparing(DueLine::partners).thenComparing(DueLine::due))
                .forEach(line -> byPartners.computeIfAbsent(line.partners(), k -> new ArrayList<>()).add(line));
        List<OverdueGroup> overdue = byPartners.entrySet().stream().map(e -> new OverdueGroup(e.getKey(), e.getValue())).toList();
        int overdueListed = overdue.stream().mapToInt(g -> g.lines().size()).sum();
        return new DigestView("digest", asOf.toString(), "Nightly digest: " + TITLE_DATE.format(asOf),
                settings.handling(), settings.to(), settings.from(), asOf, previousNight,
                settings.digestDueDays(), newReadouts, (int) (queries.countNew("readout", after) - newReadouts.size()),
                newCommitments, (int) (queries.countNew("commitment", after) - newCommitments.size()),
                dueSoonLines, (int) (queries.countOpenFollowUpsDue(asOf, by) - dueSoonLines.size()),
                OVERDUE_DAYS, overdue, (int) (queries.countOpenFollowUpsDue(oldestListed, asOf.minusDays(1)) - overdueListed),
                queries.countOpenFollowUpsDue(null, oldestListed.minusDays(1)), refs.sources());
    }

    /** The lines of the chosen follow-ups, citing their readouts, with the tracker's status and due date. */
    private List<DueLine> lines(List<BriefingQueries.Item> items, Map<String, Readout> readouts, LocalDate asOf,
                                LocalDate previousNight, References refs) {
        List<DueLine> lines = new ArrayList<>();
        for (BriefingQueries.Item item : items) {
            Readout r = readouts.get(item.readoutId());
            r.followUps().stream().filter(f -> f.id().equals(item.id())).findFirst().ifPresent(f ->
                    lines.add(new DueLine(item.due(), ChronoUnit.DAYS.between(asOf, item.due()), f.text(),
                            labels.countryNames(f.actors()), partners(r), item.status().label(), refs.of(r),
                            item.due().isBefore(asOf) && (previousNight == null || !item.due().isBefore(previousNight)),
                            r.partnerCountries(homeCountry), f.topic())));
        }
        return lines;
    }

    private String partners(Readout r) {
        return labels.countryNames(r.partnerCountries(homeCountry));
    }
}
