package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.reference.TsvResource;

/**
 * Groupings whose members take part when the grouping is the meeting's frame ({@code reference/groupings.tsv}):
 * "the NB8 foreign ministers' meeting", "the C5+1 Summit", "met in the Weimar Triangle format". A grouping
 * only mentioned ("on the margins of the G20 Summit") makes no one a party.
 */
final class Groupings {

    private record Grouping(List<String> names, Pattern frame, List<String> members) {
    }

    /** After the grouping's name: what makes it the meeting itself. */
    private static final String FRAME_AFTER = "(?:\\s+(?:\\+\\s*1|plus\\s+one))?(?:['\u2019]s?)?\\s+(?:[\\p{L}']+\\s+){0,3}?"
            + "(?:Summit|summit|[Mm]eeting|[Mm]inisterial|[Ff]ormat|[Ff]oreign\\s+[Mm]inisters|[Ll]eaders|[Cc]ouncil|[Dd]ialogue"
            + "|[Cc]ountries|[Pp]artners|[Cc]ounterparts|[Mm]inisters|[Cc]onsultations|[Tt]alks)\\b";
    /** Before the grouping's name, its members themselves: "joined the foreign ministers of the NB8". */
    private static final String FRAME_BEFORE = "\\b(?:[Ff]oreign\\s+[Mm]inisters|[Mm]inisters|[Ll]eaders|[Cc]ounterparts|[Cc]olleagues|[Mm]embers"
            + "|[Hh]eads\\s+of\\s+(?:[Ss]tate|[Gg]overnment)|[Dd]efen[cs]e\\s+[Mm]inisters|[Tt]rade\\s+[Mm]inisters)\\s+of\\s+(?:the\\s+)?";
    /** Before the grouping's name: a meeting it hosts, not one it is only the backdrop of. */
    private static final Pattern BACKDROP = Pattern.compile("(?i)(?:margins|sidelines|occasion|ahead|eve|run-up|lead-up)\\s+of\\s+(?:the\\s+)?$");

    private final List<Grouping> groupings = new ArrayList<>();

    Groupings() {
        for (String[] row : TsvResource.rows("/reference/groupings.tsv")) {
            List<String> names = List.of(row[0].split("\\|"));
            String alternatives = String.join("|", names.stream().map(Pattern::quote).toList());
            String name = "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])";
            groupings.add(new Grouping(names, Pattern.compile(name + FRAME_AFTER + "|" + FRAME_BEFORE + name), List.of(row[1].split("\\|"))));
        }
    }

    /** The members of every grouping the text names as the meeting's frame. */
    Set<String> members(String text) {
        Set<String> members = new LinkedHashSet<>();
        for (Grouping g : groupings) {
            if (g.names().stream().noneMatch(text::contains)) {
                continue; // a plain search first: most texts name no grouping
            }
            Matcher m = g.frame().matcher(text);
            while (m.find()) {
                if (!BACKDROP.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    members.addAll(g.members());
                    break;
                }
            }
        }
        return members;
    }
}
