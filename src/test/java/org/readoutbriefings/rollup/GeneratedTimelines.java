package org.readoutbriefings.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Years of readouts between Japan and its partners, generated with the answers known: which later readout
 * records the meeting a follow-up announced, and which later readouts say a commitment again in other words.
 * Beside them, the hard cases a matcher must turn down: the same partners meeting under another name (one
 * whose name holds the announced one's words, too), the announced meeting held after its window, another
 * partner holding a meeting of the same name, a commitment on the same topic about something else, one about
 * the same thing more than the window later, and one of another partner in the same words.
 */
final class GeneratedTimelines {

    /** {@code thing}: what it commits to (which wordings, which qualifier), the same for its reaffirmations. */
    record Commitment(String id, DatedReadout readout, String topic, String text, String[] wordings, String qualifier) {
    }

    final List<DatedReadout> readouts = new ArrayList<>();
    final List<FollowUpFulfilment.OpenFollowUp> followUps = new ArrayList<>();
    final List<Commitment> commitments = new ArrayList<>();
    final Map<String, Set<String>> fulfilledBy = new HashMap<>();
    final Map<String, Set<String>> reaffirmedBy = new HashMap<>();

    private static final String[] PARTNERS = {"AU", "FR", "GB", "IN", "KR", "PH", "US", "VN", "DE", "CA", "ID", "NZ"};
    private static final String[] NAMES = {"Australia", "France", "UK", "India", "ROK", "Philippines", "U.S.", "Viet Nam",
            "Germany", "Canada", "Indonesia", "New Zealand"};
    /** Named meetings; the second of each pair holds the first one's words and is another meeting. */
    private static final String[][] MEETINGS = {
            {"Strategic Dialogue", "Vice-Ministerial Strategic Dialogue"},
            {"Economic 2+2", "Foreign and Defence Ministers' Meeting (2+2)"},
            {"Energy Security Dialogue", "Energy Policy Dialogue"},
            {"Joint Committee on Trade", "Joint Committee on Science and Technology"},
            {"Maritime Affairs Dialogue", "Cyber Dialogue"},
    };
    private static final String[] CITIES = {"Tokyo", "Osaka", "the partner's capital"};
    /** Per topic, things committed to, each in three wordings that say the same. */
    private static final Map<String, String[][]> THINGS = Map.of(
            "economic-security", new String[][]{
                    {"secure supply chains for semiconductors", "the resilience of semiconductor supply chains", "resilient semiconductor supply chains"},
                    {"the processing and stockpiling of critical minerals", "joint stockpiling of critical minerals", "processing capacity for critical minerals"},
                    {"export controls on advanced computing chips", "aligned controls on exports of advanced computing chips", "export controls on advanced chips"}},
            "energy-climate", new String[][]{
                    {"trade in clean hydrogen and ammonia", "a supply chain for clean hydrogen and ammonia", "clean hydrogen and ammonia supply"},
                    {"small modular reactors for civil nuclear power", "civil nuclear work on small modular reactors", "the deployment of small modular reactors"},
                    {"stable supplies of liquefied natural gas", "liquefied natural gas supply security", "secure liquefied natural gas supplies"}},
            "alliance-defence", new String[][]{
                    {"co-production of air defence interceptors", "joint production of interceptors for air defence", "interceptor co-production for air defence"},
                    {"reciprocal access for training and exercises", "training and exercises under the reciprocal access agreement", "joint exercises with reciprocal access"}},
            "health", new String[][]{
                    {"pandemic preparedness and vaccine manufacturing", "regional vaccine manufacturing for pandemic preparedness", "vaccine manufacturing capacity against pandemics"}},
            "trade", new String[][]{
                    {"tariff-free trade in agricultural products", "agricultural products free of tariffs", "removing tariffs on agricultural products"},
                    {"rules on digital trade and cross-border data flows", "cross-border data flows under digital trade rules", "trusted data flows and digital trade"}});
    /** What makes a thing one of its own: the same wordings with another qualifier are another commitment. */
    private static final String[] QUALIFIERS = {"in the Mekong region", "for Pacific island countries", "at the Port of Darwin",
            "for electric vehicle batteries", "in Central Asia", "with the private sector", "through a new fund",
            "under the Quad", "for small and medium enterprises", "in the Indian Ocean", "through university exchanges",
            "by the national laboratories", "through the development bank", "in Southeast Asia", "for the Olympic Games",
            "at the Expo site", "through joint research", "in the Arctic", "for coastal communities", "along the railway corridor",
            "with customs authorities", "through pilot projects", "for the automotive industry", "in the Horn of Africa",
            "through a trilateral framework", "for disaster-prone areas", "with standards bodies", "for the shipbuilding industry",
            "through export credit agencies", "in Latin America"};
    private static final String[] COMMIT = {"The ministers agreed to strengthen cooperation on %s.",
            "The two sides committed to work together on %s.", "They decided to advance %s."};
    private static final String[] REAFFIRM = {"The ministers reaffirmed their commitment to %s.",
            "Both sides confirmed they would continue to promote %s.", "They welcomed progress and agreed to further deepen %s."};

    private final Random random;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> announcedTitles = new HashMap<>();
    private int ids;

    GeneratedTimelines(long seed, int years) {
        this.random = new Random(seed);
        LocalDate start = LocalDate.of(2018, 1, 1);
        for (int p = 0; p < PARTNERS.length; p++) {
            for (LocalDate day = start.plusDays(random.nextInt(40)); day.isBefore(start.plusYears(years));
                 day = day.plusDays(20 + random.nextInt(60))) {
                meeting(p, day);
            }
        }
        reaffirmations();
        // the answers, by the definition: a readout of the same partners titled with the announced meeting,
        // after the follow-up's readout and no later than a month after it was due
        for (FollowUpFulfilment.OpenFollowUp f : followUps) {
            LocalDate until = f.due().plusDays(FollowUpFulfilment.GRACE_DAYS);
            for (DatedReadout r : readouts) {
                if (titles.get(r.id()).equals(announcedTitles.get(f.id())) && r.date().isAfter(f.announced().date())
                        && !r.date().isAfter(until)) {
                    fulfilledBy.computeIfAbsent(f.id(), k -> new HashSet<>()).add(r.id());
                }
            }
        }
    }

    /** One meeting with a partner: a few commitments, sometimes a follow-up that announces the next meeting. */
    private void meeting(int p, LocalDate day) {
        DatedReadout r = readout(p, day, NAMES[p] + "-Japan Foreign Ministers' Telephone Talk");
        List<String> topics = new ArrayList<>(THINGS.keySet());
        topics.sort(null);
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String topic = topics.get(random.nextInt(topics.size()));
            String[][] things = THINGS.get(topic);
            String[] wordings = things[random.nextInt(things.length)];
            String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
            commitments.add(new Commitment(id("c"), r, topic, String.format(COMMIT[random.nextInt(COMMIT.length)],
                    wordings[random.nextInt(3)] + " " + qualifier), wordings, qualifier));
        }
        if (random.nextInt(3) == 0) {
            followUp(p, r);
        }
    }

    /** A follow-up naming a meeting, and what happens to it: held in time, held late, another meeting, or nothing. */
    private void followUp(int p, DatedReadout announced) {
        String[] meeting = MEETINGS[random.nextInt(MEETINGS.length)];
        LocalDate due = announced.date().plusDays(60 + random.nextInt(240));
        String id = id("f");
        announcedTitles.put(id, title(p, meeting[0]));
        followUps.add(new FollowUpFulfilment.OpenFollowUp(id, announced, "They agreed to hold the next " + meeting[0] + " in "
                + CITIES[random.nextInt(CITIES.length)] + " by " + due.getMonth().toString().toLowerCase() + ".", due));
        int fate = random.nextInt(6);
        LocalDate inTime = announced.date().plusDays(1 + random.nextInt((int) (due.toEpochDay() - announced.date().toEpochDay()) + 20));
        switch (fate) {
            case 0, 1 -> readout(p, inTime, title(p, meeting[0]));                            // held in time
            case 2 -> readout(p, inTime, title(p, meeting[1]));                              // another meeting of theirs
            case 3 -> readout(p, due.plusDays(FollowUpFulfilment.GRACE_DAYS + 10 + random.nextInt(200)), title(p, meeting[0])); // late
            case 4 -> {
                int other = (p + 1 + random.nextInt(PARTNERS.length - 1)) % PARTNERS.length;
                readout(other, inTime, title(other, meeting[0]));                           // another partner's
            }
            default -> { // never held
            }
        }
    }

    private static String title(int p, String meeting) {
        return "Japan-" + NAMES[p] + " " + meeting;
    }

    /**
     * Later meetings that say some commitments again in another wording, and their hard cases: the same partner
     * on the same topic about something else, the same thing beyond the window, another partner in the same words.
     */
    private void reaffirmations() {
        List<Commitment> firsts = new ArrayList<>(commitments);
        for (Commitment c : firsts) {
            if (random.nextInt(4) != 0) {
                continue;
            }
            String[] wordings = c.wordings();
            int p = partnerOf(c.readout());
            int kind = random.nextInt(5);
            LocalDate within = c.readout().date().plusDays(1 + random.nextInt(CommitmentReaffirmation.WINDOW_DAYS - 1));
            String template = REAFFIRM[random.nextInt(REAFFIRM.length)];
            switch (kind) {
                case 0, 1 -> add(p, within, c.topic(), template, wordings, c.qualifier());
                // on the same topic, another commitment: the same kind of thing somewhere else (most of its words
                // shared), or another thing in the same place
                case 2 -> {
                    String[][] things = THINGS.get(c.topic());
                    String[] other = things[(List.of(things).indexOf(wordings) + 1) % things.length];
                    if (random.nextBoolean() || other == wordings) {
                        add(p, within, c.topic(), template, wordings, QUALIFIERS[(List.of(QUALIFIERS).indexOf(c.qualifier()) + 1
                                + random.nextInt(QUALIFIERS.length - 1)) % QUALIFIERS.length]);
                    } else {
                        add(p, within, c.topic(), template, other, c.qualifier());
                    }
                }
                case 3 -> add(p, c.readout().date().plusDays(CommitmentReaffirmation.WINDOW_DAYS + 30 + random.nextInt(300)),
                        c.topic(), template, wordings, c.qualifier());
                default -> add((p + 1 + random.nextInt(PARTNERS.length - 1)) % PARTNERS.length, within, c.topic(), template,
                        wordings, c.qualifier());
            }
        }
        // every commitment said again later is itself a commitment that later ones may say again: the answers
        // for all of them are the later readouts of the same partner, topic and thing within the window
        Map<String, List<Commitment>> byThing = new HashMap<>();
        for (Commitment c : commitments) {
            byThing.computeIfAbsent(partnerOf(c.readout()) + "\n" + c.topic() + "\n" + String.join("|", c.wordings()) + "\n" + c.qualifier(),
                    k -> new ArrayList<>()).add(c);
        }
        reaffirmedBy.clear();
        for (List<Commitment> same : byThing.values()) {
            for (Commitment c : same) {
                for (Commitment later : same) {
                    LocalDate d = later.readout().date();
                    if (d.isAfter(c.readout().date()) && !d.isAfter(c.readout().date().plusDays(CommitmentReaffirmation.WINDOW_DAYS))) {
                        reaffirmedBy.computeIfAbsent(c.id(), k -> new HashSet<>()).add(later.readout().id());
                    }
                }
            }
        }
    }

    /** A later meeting's commitment in another wording of the thing, with its qualifier. */
    private void add(int p, LocalDate day, String topic, String template, String[] wordings, String qualifier) {
        commitments.add(new Commitment(id("c"), readout(p, day, NAMES[p] + "-Japan Foreign Ministers' Meeting"), topic,
                String.format(template, wordings[random.nextInt(3)] + " " + qualifier), wordings, qualifier));
    }

    private int partnerOf(DatedReadout r) {
        for (int p = 0; p < PARTNERS.length; p++) {
            if (r.countries().contains(PARTNERS[p])) {
                return p;
            }
        }
        throw new IllegalStateException(r.id());
    }

    private DatedReadout readout(int p, LocalDate day, String title) {
        DatedReadout r = new DatedReadout(id("r"), day, Set.of("JP", PARTNERS[p]), NamedMeetings.words(title));
        readouts.add(r);
        titles.put(r.id(), title);
        return r;
    }

    private String id(String prefix) {
        return prefix + "-" + ids++;
    }
}
