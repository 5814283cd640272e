package org.readoutbriefings.memo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.readoutbriefings.domain.Commitment;
import org.readoutbriefings.domain.FollowUp;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.job.BriefingsProperties;
import org.readoutbriefings.memo.DigestView.DueLine;
import org.readoutbriefings.memo.DigestView.NewCommitment;
import org.readoutbriefings.memo.DigestView.NewReadout;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.store.ReadoutStore;
import org.readoutbriefings.store.RunHistory;
import org.readoutbriefings.store.RunHistory.CompletedRun;

/**
 * Chooses what the nightly digest says: readouts and commitments stored since the last successful run
 * (everything, on the first run), then open follow-ups due within {@code digest-due-days} and overdue
 * ones, soonest first. Lists are capped like a memo's; the tracker has everything.
 */
public class DigestViewBuilder {

    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ReadoutStore store;
    private final RunHistory history;
    private final Labels labels;
    private final BriefingsProperties.Memo settings;
    private final String homeCountry;

    public DigestViewBuilder(ReadoutStore store, RunHistory history, CountryDirectory countries, TopicTaxonomy topics,
                             BriefingsProperties.Memo settings, String homeCountry) {
        this.store = store;
        this.history = history;
        this.labels = new Labels(countries, topics);
        this.settings = settings;
        this.homeCountry = homeCountry;
    }

    /** The digest of run {@code runId} for the night of {@code asOf}. */
    public DigestView build(LocalDate asOf, long runId) {
        CompletedRun last = history.lastCompletedBefore(runId).orElse(null);
        long after = last == null ? 0 : last.executionId();
        References refs = new References();

        List<Readout> seen = new ArrayList<>(store.findReadoutsSeenAfter(after));
        seen.sort(Comparator.comparing(Readout::meetingDate).reversed().thenComparing(Readout::id));
        Set<String> newReadoutIds = store.idsFirstSeenAfter("readout", after);
        List<Readout> fresh = seen.stream().filter(r -> newReadoutIds.contains(r.id())).toList();
        List<NewReadout> newReadouts = fresh.stream().limit(settings.maxMeetings())
                .map(r -> new NewReadout(r.meetingDate(), r.format().label(), r.title(), partners(r),
                        labels.topicNames(r.topics()), refs.of(r)))
                .toList();

        Set<String> newCommitmentIds = store.idsFirstSeenAfter("commitment", after);
        List<NewCommitment> newCommitments = new ArrayList<>();
        int commitmentsSeen = 0;
        for (Readout r : seen) {
            for (Commitment c : r.commitments()) {
                if (newCommitmentIds.contains(c.id()) && commitmentsSeen++ < settings.maxCommitments()) {
                    newCommitments.add(new NewCommitment(c.text(), labels.countryNames(c.actors()), partners(r),
                            labels.topicNames(List.of(c.topic())), c.dueDate() == null ? "" : c.dueDate().toString(),
                            refs.of(r)));
                }
            }
        }

        List<Due> due = dueFollowUps(asOf);
        List<Due> dueSoon = due.stream().filter(d -> !d.followUp().dueDate().isBefore(asOf)).toList();
        List<Due> overdue = due.stream().filter(d -> d.followUp().dueDate().isBefore(asOf)).toList();
        List<DueLine> dueSoonLines = lines(dueSoon, asOf, refs);
        List<DueLine> overdueLines = lines(overdue, asOf, refs);
        return new DigestView("digest", asOf.toString(), "Nightly digest: " + TITLE_DATE.format(asOf),
                settings.handling(), settings.to(), settings.from(), asOf, last == null ? null : last.endedAt(),
                settings.digestDueDays(), newReadouts, fresh.size() - newReadouts.size(),
                newCommitments, commitmentsSeen - newCommitments.size(),
                dueSoonLines, dueSoon.size() - dueSoonLines.size(),
                overdueLines, overdue.size() - overdueLines.size(), refs.sources());
    }

    private record Due(FollowUp followUp, Readout readout) {
    }

    /** Open follow-ups due by the end of the window, soonest first (so the most overdue come first). */
    private List<Due> dueFollowUps(LocalDate asOf) {
        LocalDate by = asOf.plusDays(settings.digestDueDays());
        List<Due> due = new ArrayList<>();
        for (Readout r : store.findReadoutsWithOpenFollowUpsDueBy(by)) {
            for (FollowUp f : r.followUps()) {
                if (f.status().isOpen() && f.dueDate() != null && !f.dueDate().isAfter(by)) {
                    due.add(new Due(f, r));
                }
            }
        }
        due.sort(Comparator.comparing((Due d) -> d.followUp().dueDate()).thenComparing(d -> d.followUp().id()));
        return due;
    }

    /** The first lines, capped like a memo's, citing only the readouts actually listed. */
    private List<DueLine> lines(List<Due> due, LocalDate asOf, References refs) {
        return due.stream().limit(settings.maxCommitments()).map(d -> {
            FollowUp f = d.followUp();
            return new DueLine(f.dueDate(), ChronoUnit.DAYS.between(asOf, f.dueDate()), f.text(),
                    labels.countryNames(f.actors()), partners(d.readout()), f.status().label(), refs.of(d.readout()));
        }).toList();
    }

    private String partners(Readout r) {
        return labels.countryNames(r.partnerCountries(homeCountry));
    }
}
