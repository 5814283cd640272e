package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who commits: the subject before the cue. "Both sides", "the two", "the leaders" mean every party; a
 * country or a participant named there ("Japan will ...", "Secretary Blinken stated ...") means that
 * country; otherwise every party.
 */
public class ActorResolver {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final CountryMentions countries;
    private final CuePhrases everyParty;

    public ActorResolver(CountryMentions countries, CuePhrases everyParty) {
        this.countries = countries;
        this.everyParty = everyParty;
    }

    public List<String> actors(String sentence, int cueStart, List<String> parties, List<Participant> participants) {
        // a Chinese side's cue ("方将", will) starts inside the side's name ("中方将"): the name is the subject's
        int subjectEnd = cueStart >= 0 && cueStart < sentence.length() && sentence.charAt(cueStart) == '方' ? cueStart + 1 : cueStart;
        String subject = sentence.substring(0, Math.max(0, subjectEnd));
        if (everyParty.in(subject)) {
            return parties;
        }
        TreeSet<String> actors = new TreeSet<>();
        countries.find(subject).stream().map(CountryMentions.Mention::country).filter(parties::contains).forEach(actors::add);
        for (Participant p : participants) {
            if (p.country() != null && parties.contains(p.country()) && mentions(subject, p.name())) {
                actors.add(p.country());
            }
        }
        return actors.isEmpty() ? parties : new ArrayList<>(actors);
    }

    private static boolean mentions(String text, String name) {
        for (String token : SPACES.split(name)) {
            if (token.length() >= 3 && text.toLowerCase().contains(token.toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
