package org.readoutbriefings.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.readoutbriefings.domain.Commitment;
import org.readoutbriefings.domain.CommitmentStrength;
import org.readoutbriefings.domain.DateSource;
import org.readoutbriefings.domain.FollowUp;
import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.domain.Participant;
import org.readoutbriefings.domain.Provenance;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.domain.ReadoutWarning;
import org.readoutbriefings.domain.RecordOrigin;
import org.readoutbriefings.domain.StableId;
import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.extract.DocumentDates;
import org.readoutbriefings.extract.ExtractedCommitment;
import org.readoutbriefings.extract.ExtractedFollowUp;
import org.readoutbriefings.extract.Extraction;
import org.readoutbriefings.extract.ReadoutExtractor;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Turns a record into a {@link Readout}. A structured record has every field checked, its countries
 * normalised to ISO alpha-2 codes and its topics to taxonomy ids; a prose readout goes through the
 * {@link ReadoutExtractor}. Ids are derived stably. A record that cannot be accepted raises
 * {@link RejectedRecordException} naming the field and the reason.
 */
public class ReadoutRecordMapper implements ItemProcessor<SourceRecord, Readout> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Set<String> EVERY_PARTY = Set.of(
            "both", "both sides", "the two", "the two sides", "the two countries", "the leaders", "the ministers",
            "the two ministers", "the two leaders", "all", "all parties", "all sides", "everyone");
    private static final int SHORT = 500;
    private static final int LONG = 20_000;
    /** The longest text a field may hold: a readout's body. */
    static final int BODY = 1_000_000;

    /** A word of letters, in any script: a text with fewer than three holds nothing to keep. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final CountryDirectory countries;
    private final TopicTaxonomy topics;
    private final ReadoutExtractor extractor;
    /** Ids accepted in this run, with where they came from, to catch two records claiming one id. */
    private final Map<String, RecordOrigin> acceptedIds = new HashMap<>();

    private final String homeCountry;

    /**
     * @param homeCountry whose staff read the memos (ISO alpha-2): a prose readout with no other country is
     *                    accepted with a warning; null to leave that check out
     */
    public ReadoutRecordMapper(CountryDirectory countries, TopicTaxonomy topics, ReadoutExtractor extractor,
                               String homeCountry) {
        this.countries = countries;
        this.topics = topics;
        this.extractor = extractor;
        this.homeCountry = homeCountry;
    }

    @Override
    public Readout process(SourceRecord record) {
        try {
            return map(record);
        } catch (RejectedRecordException e) {
            throw e;
        } catch (RuntimeException e) {
            // a record that trips an unexpected error is rejected with it, not allowed to stop the run
            throw new RejectedRecordException(record.origin(), null, "could not be read: " + e);
        }
    }

    private Readout map(SourceRecord record) {
        if (record.problem() != null) {
            throw new RejectedRecordException(record.origin(), null, record.problem());
        }
        Readout readout = record.isProse() ? fromProse(record) : fromFields(record);
        RecordOrigin earlier = acceptedIds.putIfAbsent(readout.id(), record.origin());
        if (earlier != null) {
            throw RejectedRecordException.secondClaim(record.origin(), record.isProse(), readout.id(), earlier);
        }
        return readout;
    }

    /**
     * A readout in prose: the extractor finds its fields. Without a meeting date, or without a country it
     * recognises, it is kept with what was found and a warning: nothing a government published is lost for a
     * name the rules do not know (a readout in Polish or Urdu names its countries in words of its own).
     */
    private Readout fromProse(SourceRecord record) {
        DocumentDates documentDates = DocumentDates.of(record.metadataDate(), record.origin().file());
        Extraction x = extractor.extract(record.body(), record.title(), documentDates);
        boolean organisationsOnly = x.countries().isEmpty() && x.participants().stream().anyMatch(p -> p.noCountry());
        if (x.countries().isEmpty() && !hasWords(record.title()) && !hasWords(record.body())) {
            // white space or control characters: no text to keep (a readout in any language has words)
            throw new RejectedRecordException(record.origin(), "countries", "no participating country recognised in the text,"
                    + " which holds no words");
        }
        List<ReadoutWarning> warnings = new ArrayList<>(x.warnings());
        if (x.countries().isEmpty() && !organisationsOnly) {
            warnings.add(new ReadoutWarning("countries", ReadoutWarning.NO_COUNTRY_RECOGNISED + ": the readout is"
                    + " kept, in topic memos and the tracker, but in no country memo until staff give its countries on the"
                    + " tracker's Needs review sheet"));
        }
        if (organisationsOnly) {
            // a meeting between international organisations ("the Secretary-General met the AU Commission's Chairperson"):
            // kept, in topic memos and the tracker, with no country memo to be in
            warnings.add(new ReadoutWarning("countries", "only international organisations take part: the readout is in no country memo"));
        }
        if (homeCountry != null && !x.countries().isEmpty() && x.countries().stream().allMatch(homeCountry::equals)) {
            warnings.add(new ReadoutWarning("countries", "no partner country found besides the home country "
                    + homeCountry + ": the readout is in no country memo"));
        }
        // a text without sentence breaks yields one endless "sentence": held to the limit of a given text
        for (String sentence : Stream.concat(x.commitments().stream().map(ExtractedCommitment::text),
                x.followUps().stream().map(ExtractedFollowUp::text)).toList()) {
            if (sentence.length() > LONG) {
                throw new RejectedRecordException(record.origin(), null, "a commitment or follow-up found in the text is "
                        + sentence.length() + " characters long, more than " + LONG + ": the text seems to lack sentence breaks");
            }
        }
        // an undated readout is told apart by its file: its id must not change when staff give it a date
        String id = x.meetingDate() != null ? StableId.forReadout(x.issuer(), x.meetingDate(), x.title())
                : StableId.forReadout(x.issuer() + "\n" + record.origin().file(), null, x.title());
        Map<String, Commitment> commitments = new LinkedHashMap<>();
        for (ExtractedCommitment c : x.commitments()) {
            String cid = StableId.forCommitment(id, c.text());
            commitments.putIfAbsent(cid, new Commitment(cid, id, c.text(), c.actors(), c.topic(), c.strength(), null,
                    TrackingStatus.OPEN));
        }
        Map<String, FollowUp> followUps = new LinkedHashMap<>();
        for (ExtractedFollowUp f : x.followUps()) {
            String fid = StableId.forFollowUp(id, f.text());
            followUps.putIfAbsent(fid, new FollowUp(fid, id, f.text(), f.actors(), f.topic(), f.dueDate(), f.dueText(),
                    TrackingStatus.OPEN));
        }
        Set<String> topicIds = new LinkedHashSet<>(x.topics());
        commitments.values().forEach(c -> topicIds.add(c.topic()));
        followUps.values().forEach(f -> topicIds.add(f.topic()));
        List<Participant> participants = x.participants().stream()
                .map(p -> new Participant(p.name(), p.nativeName(), p.title(), p.country(), null)).toList();
        return new Readout(id, x.meetingDate(), x.dateSource(), x.publishedDate(), x.issuer(), null, null, x.title(),
                x.format(), null, participants, x.countries(), x.organisations(), List.copyOf(topicIds),
                List.copyOf(commitments.values()), List.copyOf(followUps.values()), record.body(), Provenance.EXTRACTED,
                x.evidence(), record.origin(), warnings);
    }

    /** A structured record: every field checked and normalised. */
    private Readout fromFields(SourceRecord record) {
        RecordFields f = new RecordFields(record.origin(), record.fields(), "");

        String title = f.requiredText("title", 1000);
        LocalDate meetingDate = f.date("meetingDate");
        if (meetingDate == null) {
            throw f.reject("meetingDate", "is missing: every readout needs the date of its meeting (YYYY-MM-DD)");
        }
        LocalDate publishedDate = f.date("publishedDate");
        String sourceUrl = sourceUrl(f);
        String sourceName = f.text("sourceName", SHORT);
        String givenId = f.text("id", 200);
        if (givenId != null && !ID.matcher(givenId).matches()) {
            throw f.reject("id", "'" + printable(givenId) + "' may contain only letters, digits, '.', '_' and '-',"
                    + " starting with a letter or digit, at most 128 characters");
        }
        String id = givenId != null ? givenId
                : StableId.forReadout(sourceUrl != null ? sourceUrl : sourceName, meetingDate, title);

        String formatText = f.text("format", 40);
        MeetingFormat format = MeetingFormat.parse(formatText).orElseThrow(() -> f.reject("format",
                "'" + formatText + "' is not one of call, video, in-person, multilateral, unknown"));

        List<Participant> participants = participants(f);
        Set<String> countryCodes = new TreeSet<>();
        List<String> givenCountries = f.texts("countries", 200);
        for (int i = 0; i < givenCountries.size(); i++) {
            countryCodes.add(country(f, "countries[" + i + "]", givenCountries.get(i)));
        }
        participants.stream().map(Participant::country).filter(c -> c != null).forEach(countryCodes::add);
        if (countryCodes.isEmpty()) {
            throw f.reject("countries", "is missing: a readout needs at least one country");
        }
        List<String> allCountries = List.copyOf(countryCodes);

        Set<String> topicIds = new LinkedHashSet<>();
        List<String> givenTopics = f.texts("topics", 200);
        for (int i = 0; i < givenTopics.size(); i++) {
            topicIds.add(topic(f, "topics[" + i + "]", givenTopics.get(i)));
        }
        String defaultTopic = topicIds.isEmpty() ? TopicTaxonomy.FALLBACK_TOPIC : topicIds.iterator().next();

        List<Commitment> commitments = commitments(f, id, allCountries, defaultTopic);
        List<FollowUp> followUps = followUps(f, id, allCountries, defaultTopic);
        // every commitment's topic is one of the readout's, so the rollup counts its meeting under it
        commitments.forEach(c -> topicIds.add(c.topic()));
        followUps.forEach(u -> topicIds.add(u.topic()));
        if (topicIds.isEmpty()) {
            topicIds.add(TopicTaxonomy.FALLBACK_TOPIC);
        }

        String body = record.body() != null ? record.body() : f.text("body", BODY);
        return new Readout(id, meetingDate, DateSource.GIVEN, publishedDate, f.text("issuer", SHORT), sourceName, sourceUrl,
                title, format, f.text("location", SHORT), participants, allCountries,
                List.copyOf(new LinkedHashSet<>(f.texts("organisations", 200))), List.copyOf(topicIds),
                commitments, followUps, body == null ? "" : body, Provenance.GIVEN, List.of(), record.origin(), List.of());
    }

    private List<Participant> participants(RecordFields f) {
        List<Participant> participants = new ArrayList<>();
        List<JsonNode> items = f.list("participants");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item.isString()) {
                participants.add(new Participant(item.stringValue().strip(), null, null, null, null));
                continue;
            }
            RecordFields p = f.element("participants", i, item);
            String country = p.text("country", 200);
            participants.add(new Participant(p.requiredText("name", SHORT), p.text("nativeName", SHORT), p.text("title", SHORT),
                    country == null ? null : country(p, "country", country), p.text("organisation", SHORT)));
        }
        return participants;
    }

    private List<Commitment> commitments(RecordFields f, String readoutId, List<String> allCountries, String defaultTopic) {
        Map<String, Commitment> byId = new LinkedHashMap<>();
        List<JsonNode> items = f.list("commitments");
        for (int i = 0; i < items.size(); i++) {
            Item item = item(f, "commitments", i, items.get(i), allCountries, defaultTopic);
            String id = StableId.forCommitment(readoutId, item.text);
            byId.putIfAbsent(id, new Commitment(id, readoutId, item.text, item.actors, item.topic, item.strength,
                    item.dueDate, item.status));
        }
        return List.copyOf(byId.values());
    }

    private List<FollowUp> followUps(RecordFields f, String readoutId, List<String> allCountries, String defaultTopic) {
        Map<String, FollowUp> byId = new LinkedHashMap<>();
        List<JsonNode> items = f.list("followUps");
        for (int i = 0; i < items.size(); i++) {
            Item item = item(f, "followUps", i, items.get(i), allCountries, defaultTopic);
            String id = StableId.forFollowUp(readoutId, item.text);
            byId.putIfAbsent(id, new FollowUp(id, readoutId, item.text, item.actors, item.topic, item.dueDate,
                    item.dueText, item.status));
        }
        return List.copyOf(byId.values());
    }

    /** The fields commitments and follow-ups share; a bare string is the text alone. */
    private record Item(String text, List<String> actors, String topic, LocalDate dueDate, String dueText,
                        TrackingStatus status, CommitmentStrength strength) {
    }

    private Item item(RecordFields f, String field, int index, JsonNode node, List<String> allCountries,
                      String defaultTopic) {
        if (node.isString()) {
            String text = node.stringValue().strip();
            if (text.isEmpty()) {
                throw f.reject(field + "[" + index + "]", "is empty");
            }
            return new Item(text, allCountries, defaultTopic, null, null, TrackingStatus.OPEN, null);
        }
        RecordFields e = f.element(field, index, node);
        String text = e.requiredText("text", LONG);
        List<String> actors = new ArrayList<>();
        List<String> givenActors = e.texts("actors", 200);
        for (int a = 0; a < givenActors.size(); a++) {
            String actor = givenActors.get(a);
            if (EVERY_PARTY.contains(actor.toLowerCase(Locale.ROOT))) {
                actors.addAll(allCountries);
            } else {
                actors.add(country(e, "actors[" + a + "]", actor));
            }
        }
        String topicText = e.text("topic", 200);
        String statusText = e.text("status", 40);
        TrackingStatus status = statusText == null ? TrackingStatus.OPEN : TrackingStatus.parse(statusText)
                .orElseThrow(() -> e.reject("status", "'" + statusText
                        + "' is not one of open, in-progress, done, dropped, superseded"));
        String strengthText = e.text("strength", 10);
        CommitmentStrength strength = strengthText == null ? null : switch (strengthText.toLowerCase(Locale.ROOT)) {
            case "strong" -> CommitmentStrength.STRONG;
            case "weak" -> CommitmentStrength.WEAK;
            default -> throw e.reject("strength", "'" + strengthText + "' is not strong or weak");
        };
        return new Item(text,
                actors.isEmpty() ? allCountries : List.copyOf(new TreeSet<>(actors)),
                topicText == null ? defaultTopic : topic(e, "topic", topicText),
                e.date("dueDate"), e.text("dueText", SHORT), status, strength);
    }

    private String country(RecordFields f, String field, String given) {
        CountryDirectory.Lookup lookup = countries.lookup(given);
        if (lookup instanceof CountryDirectory.Found found) {
            return found.country().alpha2();
        }
        if (lookup instanceof CountryDirectory.Ambiguous ambiguous) {
            throw f.reject(field, "'" + printable(given) + "' is ambiguous: it could mean "
                    + String.join(" or ", ambiguous.couldMean()) + "; give the ISO code or the full name");
        }
        throw f.reject(field, "unknown country '" + printable(given)
                + "': give an ISO 3166-1 code (e.g. US) or a country name");
    }

    private String topic(RecordFields f, String field, String given) {
        return topics.find(given).map(t -> t.id()).orElseThrow(() -> f.reject(field, "unknown topic '"
                + printable(given) + "'; known topics: " + String.join(", ", topics.ids())));
    }

    private static String sourceUrl(RecordFields f) {
        String url = f.text("sourceUrl", 2000);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw f.reject("sourceUrl", "'" + printable(url) + "' is not an http or https address");
            }
            return url;
        } catch (URISyntaxException e) {
            throw f.reject("sourceUrl", "'" + printable(url) + "' is not a valid address: " + e.getReason());
        }
    }

    /** Input echoed in a report: control characters shown as '?', long values cut. */
    static String printable(String value) {
        String s = value.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /** Whether a text holds a few words of letters, in any script. */
    private static boolean hasWords(String text) {
        if (text == null) {
            return false;
        }
        Matcher words = WORD.matcher(text);
        int found = 0;
        while (found < 3 && words.find()) {
            found++;
        }
        return found == 3;
    }
}
