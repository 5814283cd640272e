package org.readoutbriefings.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.reference.Scripts;

/**
 * Finds follow-ups, the next steps a desk officer puts in a diary:
 * <ul>
 * <li>a future meeting, call, visit, round or session ("the next round will be held in Seoul", "scheduled
 * for", "to be held", "accepted the invitation to visit", "will convene the joint committee");</li>
 * <li>continued contact ("stay in close contact", "keep up the dialogue", "at the working level");</li>
 * <li>"looked forward to meeting / visiting / welcoming";</li>
 * <li>a commitment with a time to it ("agreed to finalise the text by the end of June"), also an item of a
 * list after a lead-in.</li>
 * </ul>
 * When it is due comes from the sentence's time words only ({@link TimeExpressions}), never from a place.
 */
public class FollowUpFinder {

    /** A meeting to come: "the next round", "the upcoming summit", "the forthcoming visit". */
    private static final Pattern NEXT_MEETING = Pattern.compile("\\b(?:next|upcoming|forthcoming|coming|proposed"
            // "future contacts between top officials", "hoped for future dialogue"
            + "|future(?=\\s+(?:[\\p{L}-]+\\s+)?(?:contacts|visits|meetings|dialogue|talks|consultations)\\b)"
            // "to host the sixth round", "to organise the second session": a round counted on, with a plan (see future)
            + "|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))(?=\\s+(?:round|session|meeting)))\\s+(?:[\\p{L}\\p{N}'\u2019+().-]+\\s+){0,8}?"
            + "(?:meeting|meetings|summit|visit|round|session|dialogue|ministerial|consultations|talks|forum|commission|council|conference"
            + "|assembly"
            + "|2\\+2|joint committee|committee meeting|contact)s?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * An event the meeting prepared for: "ahead of the trilateral meeting", "in the run-up to the Warsaw Summit",
     * "with a view to the upcoming signature", "the schedule of mutual visits". The preposition itself says the
     * event is still to come.
     */
    private static final Pattern EVENT_AHEAD = Pattern.compile("\\b(?:ahead\\s+of|in\\s+advance\\s+of|in\\s+the\\s+run-up\\s+to|with\\s+a\\s+view\\s+to"
            // "collaborate closely leading up to PALM 10", "in the lead-up to the summit"
            + "|leading\\s+up\\s+to|(?:in\\s+)?the\\s+lead-up\\s+to"
            + "|in\\s+preparation\\s+for|preparations?\\s+(?:for|of|to)|(?:prepare|preparing)\\s+for|plans?\\s+(?:to\\s+hold|for)"
            // "talked about holding a joint session", "the importance of holding the consultations": a meeting proposed
            + "|(?:about|of|on|towards?)\\s+holding"
            + "|(?:schedule|calendar|timetable|programme|program)\\s+(?:of|for))\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?"
            + "(?:[\\p{L}\\p{N}'\u2019+().,-]+\\s+){0,8}?"
            + "(?:meetings?|summits?|visits?|sessions?|conferences?|ministerials?|forums?|dialogues?|rounds?|talks|signature|signing"
            + "|assembly|consultations?|events|contacts|exchanges|2\\+2)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "hoped to meet each other again", "hopes to welcome the minister": a meeting looked forward to in other words. */
    private static final Pattern HOPE_TO_MEET = Pattern.compile("(?i)\\bhop(?:e|ed|es|ing)\\s+to\\s+(?:meet|visit|see\\s+each\\s+other|welcome|host|receive)\\b");
    /** "looked forward to meeting", "look forward to welcoming the minister", "looked forward to the next summit". */
    private static final Pattern LOOK_FORWARD = Pattern.compile("\\blook(?:ed|s|ing)?\\s+forward\\s+to\\s+(?:(?:meeting|visiting|welcoming|seeing"
            + "|hosting|holding|receiving|travell?ing|speaking|talking|continuing|convening|following\\s+up"
            // the verb's plain form, as English written by non-native speakers has it: "look forward to host"
            + "|meet|visit|welcome|host|hold|receive|continue)\\b"
            + "|(?:his|her|their|its|the|a|an|further|more|regular|continued)\\s+(?:[\\p{L}\\p{N}'\u2019+().-]+\\s+){0,8}?"
            + "(?:visit|meeting|summit|session|round|dialogue|trip|talks|ministerial|conference|forum|commission|call)s?\\b"
            // "looked forward to remaining in close and regular contact"
            + "|(?:remaining|staying|keeping|being)\\s+in\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:contact|touch|communication)\\b"
            // "look forward to constructive engagement under a trilateral process"
            + "|(?:[\\p{L}-]+\\s+){0,2}?(?:engagement|consultations|dialogue|talks)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WELCOMED = Pattern.compile("(?i)welcome[sd]?\\b");
    /** What makes a mention of a meeting a plan: without one, "The inaugural meeting was held in Manila" is history. */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|shall|staying|(?<!first\\s)to\\s+be|to\\s+(?:hold|meet|visit|convene|host|travel|speak|talk|stay|remain|keep|maintain|continue|reconvene|resume)"
            + "|should|preparation|agreed|decided|concurred|committed|pledged|resolved|look(?:ed|s|ing)?\\s+forward|next|upcoming|forthcoming|scheduled|planned|invitation"
            + "|intends?|expected|in\\s+the\\s+coming|later\\s+this|soon|tasked|instructed|directed|planning|plans\\s+to"
            // an interest, a readiness, an aspiration: "interested in maintaining regular dialogue", "ready to organise"
            + "|interest(?:ed)?\\s+in|ready\\s+to|readiness\\s+to|keen(?:ness)?\\s+(?:on|to)|aspiration"
            // the event prepared for is still to come
            + "|ahead\\s+of|in\\s+advance\\s+of|run-up|lead-up|leading\\s+up\\s+to|with\\s+a\\s+view\\s+to|slated|schedule|calendar|timetable"
            + "|preparing\\s+for|plans\\s+for|(?:about|of|on|towards?)\\s+holding|near\\s+future"
            // a visit weighed or hoped for soon: "the possibility of a visit", "an early visit"
            + "|possibility\\s+of|early\\s+visit|posibilidad"
            // "to prepare for the official visit", "the preparations to the visit", "the proposed visit"
            + "|prepare\\s+for|preparations?\\s+to|proposed"
            // "future contacts between top officials", "hoped for future dialogue"
            + "|future\\s+(?:[\\p{L}-]+\\s+)?(?:contacts|visits|meetings|dialogue|talks|consultations))(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The same in the languages readouts come in most after English: next, will take place, agreed. A regex of its
     * own, tried only on a statement holding one of its stems, so that English statements try the English one alone.
     */
    private static final Pattern FUTURE_ELSEWHERE = Pattern.compile("\\b(?:próxim[oa]s?|llevará|celebrará|realizará|realizarse|prochaine?s?|aura\\s+lieu|tiendra|prossim[oaie]|terrà"
            + "|nächsten?|stattfinden|acordaron|acordaram|convinieron|vereinbarten|concordato|enige\\s+om"
            // and in Romanian, Russian, Polish, Vietnamese, Indonesian and Swahili: invitation, next, coming, will, prepare
            + "|convenu|invita[tţț]i[ae]|următo\\p{L}*|предстоящ\\p{L}*|следующ\\p{L}*|очередн\\p{L}*|kolejn\\p{L}*|następn\\p{L}*|będą"
            + "|sẽ|chuẩn\\s+bị|akan|berikutnya|ujao|continuar|mantener|manter|договоренност\\p{L}*"
            // keep up, go on, carry on in Spanish, French, Italian; a committee to follow up; agreed in German
            + "|mantendrán|seguir|maintenir|rester|poursuivre|proseguire|approfondire|suivi|vereinbart|Kontakt"
            // round 19: agreed, decided, to resume, to be held, will travel or visit, soon, to continue, the schedule,
            // in Spanish, Portuguese, French, Russian, Arabic, Turkish, Polish, Dutch, Indonesian and Vietnamese
            + "|acordamos|coincidieron|decidieron|decidiram|acertaram|convenu[es]{1,2}|reprendre|réunira|devra|agendad[ao]|retomar"
            + "|continuará|viajará|visitará|(?:em|en)\\s+breve|продолжить|продолжать|график\\p{L}*|договорились|условились|قريبا|استمرار|مواصلة"
            + "|mutabık|zgodni|kontynuować|pozostać|afgesproken|ontmoeten|blijven|sepakat|berkoordinasi|nhất\\s+trí"
            // round 21: preparations for an event, in Spanish, Portuguese, French, Italian, German, Russian, Turkish,
            // Indonesian and Arabic; will in Russian, Turkish (its future suffix) and Arabic; next in Arabic
            + "|preparaci[oó]n|preparativos|preparação|préparation|préparatifs|preparazione|preparativi|Vorbereitung\\p{L}*"
            + "|подготовк\\p{L}*|подготов\\p{L}*|hazırlık\\p{L}*|persiapan|التحضير|الإعداد|будут|будет|намерены|планиру\\p{L}*"
            + "|\\p{L}{2,}?(?:ecek|acak|eceğ|acağ)\\p{L}*|سوف|سيتم|المقبل\\p{L}*|المقرر|تطلع\\p{L}*|يتطلع\\p{L}*)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A visit or meeting named: with a time to come, a next step. */
    private static final Pattern MEETING_NOUN = Pattern.compile("(?i)\\b(?:visit|trip|summit|meeting|talks|dialogue|consultations|session|round)\\b");
    /** "invited Georgia to participate in the Climate Summit": an invitation not said to be accepted is no plan yet. */
    private static final Pattern INVITED_ONLY = Pattern.compile("\\b(?:invited|invites|extended\\s+an\\s+invitation|extends\\s+invitation"
            // "reiterated the invitation to Minister Álvarez to visit Serbia": asked again, still not accepted
            + "|(?:reiterated|renewed|repeated)\\s+(?:the|an|his|her|its|their)\\s+invitation)\\b");
    /** "an invitation that was welcomed", "welcomed the invitation": accepted in other words. */
    private static final Pattern INVITATION_WELCOMED = Pattern.compile("(?i)\\binvitation\\s+(?:that|which)\\s+was\\s+(?:warmly\\s+)?welcomed|welcomed\\s+the\\s+invitation");
    /** "COP30, which Brazil will host in Belém": another party's event, not a step of the parties. */
    private static final Pattern THIRD_PARTY_HOST = Pattern.compile("\\b(?:which|that)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.\\s]{0,30}?\\s+will\\s+(?:host|hold|chair|organi[sz]e)\\b");
    /** "which will mark its fifth anniversary": a date to come, not a step of the parties. */
    private static final Pattern ANNIVERSARY = Pattern.compile("\\bmark(?:s|ed|ing)?\\b[^.;]{0,40}\\banniversary\\b", Pattern.CASE_INSENSITIVE);
    /** Continued contact in its many wordings: "stay in close contact", "maintain regular communication", "keep up the dialogue". */
    private static final Pattern CONTACT = Pattern.compile("\\b(?:stay|staying|remain|keep|keeping|maintain|maintaining|continue|continued|continuing"
            + "|step\\s+up|stepping\\s+up|carry\\s+out|sustain|sustained|sustaining|intensify|intensified|intensifying)"
            + "\\s+(?:(?:in|up|their|the|a|to|with|further)\\s+)*(?:(?:close|closer|regular|frequent|constant|direct|high-level|strategic|ongoing|political|bilateral|"
            // more qualities, with "and" between them: "maintaining close and consistent communication"
            + "continued|intense|intensive|consistent|continuous|open|permanent|sustained|active|effective|timely|mutual|institutional|personal"
            + "|and)\\s*,?\\s+)*(?:contacts?|touch|communication|communications|coordination|consultation|consultations|dialogue|engagement|"
            + "communicate|communicating|consult|coordinate|coordinating|talks|exchanges|liaising|liaise|engaged|engagement|exchanging|dialoguing"
            + "|engage|interaction|conversation|conversations)\\b"
            // "maintain open lines of communication", "maintain regular political, inter-parliamentary and inter-party contacts"
            + "|\\b(?:maintain|maintaining|sustain|sustaining|keep|keeping)\\s+(?:[\\p{L}-]+,?\\s+){0,8}?(?:lines\\s+of\\s+communication|contacts)\\b"
            // "for the regular exchange of views"
            + "|\\b(?:regular|continued|further)\\s+exchanges?\\s+of\\s+(?:views|opinions)\\b"
            + "|\\b(?:engage|consult|meet)\\s+regularly\\b"
            + "|\\bconsult\\s+in\\s+the\\b|\\bplan\\s+to\\s+hold\\b"
            // "continued trilateral coordination", "continue consular consultations", "regular contacts"
            // "will resuscitate talks with Chad", "to reactivate talks towards a partnership"
            + "|\\b(?:resuscitate|reactivate|revive|reinvigorate|resume|restart|relaunch)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?talks\\b"
            + "|\\b(?:continued|continue|continuing|regular|further|restart|resume|resumed|relaunch)\\s+(?:to\\s+)?(?:(?:carry\\s+out|advance|hold|pursue|conduct|enhancing|enhance)\\s+)?"
            + "(?:(?:a|an|the|their)\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:consultations?|dialogues?|discussions?|contacts|exchanges|coordination|interactions|meetings|negotiations)\\b"
            // "pursue continuous and practical engagement", "commencing Director General-level consultations"
            + "|\\b(?:pursue|pursuing|commence|commencing|begin|beginning|start|starting)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:engagement|consultations|dialogue|talks|negotiations|meeting)\\b"
            // "maintain the momentum of high-level exchanges", "set up a permanent consultation mechanism",
            // "deepen their strategic dialogue"
            + "|\\b(?:maintain|maintaining|sustain|keep\\s+up)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?momentum\\s+(?:of|in)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:engagements?|exchanges|contacts|visits|dialogue|interactions)\\b"
            + "|\\b(?:create|creating|establish|establishing|set\\s+up|setting\\s+up|revive|reviving|reactivate|reactivating|launch)\\s+(?:a|an|the)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:consultation|consultative|dialogue|coordination)\\s+(?:mechanism|system|framework|format)\\b"
            + "|\\b(?:deepen|deepening|strengthen|strengthening|enhance|enhancing|intensify)\\s+(?:the\\s+|their\\s+)?"
            + "(?:(?:strategic|political|high-level|regular|bilateral)\\s+dialogue|consultations|contacts)\\b"
            + "|\\b(?:closely\\s+consult|consult\\s+(?:closely|with\\s+each\\s+other)|pursue\\s+(?:an?\\s+)?(?:open\\s+|close\\s+)?dialogue)\\b"
            // "confirmed that they would closely coordinate", "agreed to further coordinate", "confirmed close coordination"
            // (not "committed to coordinate closely in support of": an undertaking, which the corpus does not read as contact)
            + "|\\b(?:(?:will|would)\\s+(?:closely\\s+coordinate|coordinate\\s+closely)|confirmed\\s+close\\s+coordination|further\\s+coordinat(?:e|ing))\\b"
            // "close contacts and coordination between the two countries should continue", "the maintenance of political consultations"
            + "|\\b(?:contacts?|coordination|dialogue|consultations)\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:should|will|would)\\s+(?:be\\s+continued|continue|carry\\s+on)\\b"
            // "the talks will now continue", "discussions would continue"
            + "|\\b(?:discussions?|dialogues?|talks|consultations)\\s+(?:[\\p{L},-]+\\s+){0,10}?(?:will|would),?\\s+(?:\\p{L}+,?\\s+)?continue\\b"
            + "|\\bmaintenance\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:consultations|contacts|dialogue)\\b"
            // Spanish and Portuguese: "continuar con el diálogo", "mantener siempre el diálogo"
            + "|\\b(?:continuar|mantener|manter|seguir)\\s+(?:con\\s+)?(?:siempre\\s+)?(?:el|un|o|um)\\s+(?:\\p{L}+\\s+){0,2}?(?:diálogo|contacto)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Contact kept up in words {@link #CONTACT} does not hold: how often or how closely the parties will meet or
     * consult, and visits exchanged. A pattern of its own with its own words: in {@link #CONTACT}, whose words
     * would then have had to include "visit" and "meet", it made the extraction 9 % slower.
     */
    private static final Pattern CONTACT_IN_OTHER_WORDS = Pattern.compile("(?:"
            // "to engage constantly", "continue to closely communicate", "meet on a regular basis"
            + "\\b(?:engage|consult|meet|communicate)\\s+(?:constantly|closely|frequently|on\\s+a\\s+regular\\s+basis)\\b"
            + "|\\bclosely\\s+(?:communicate|consult|engage)\\b|\\b(?:remain|stay)\\s+closely\\s+engaged\\b"
            // "to continue to confer on strategic issues", "consult on the steps taken by their countries"
            + "|\\b(?:confer|consult)\\s+(?:closely\\s+)?(?:on|about|with\\s+each\\s+other)\\b"
            // meetings at a frequency: "to continue meeting every year", "hold this ministerial format once a year",
            // "holding an annual meeting", "establish an annual Economic Dialogue"
            + "|\\b(?:meet|meeting|hold|holding|convene|convening)\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:every\\s+(?:year|two\\s+years|other\\s+year|six\\s+months)"
            + "|once\\s+a\\s+year|twice\\s+a\\s+year|annually|each\\s+year)\\b"
            + "|\\b(?:hold|holding|establish|establishing|institute|instituting)\\s+(?:an\\s+)?annual\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:meetings?|consultations|dialogue|summits?)\\b"
            // "an exchange of expert visits", "through exchanges of high level visits", "the visit exchange", "reciprocal visits"
            + "|\\bexchanges?\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}?visits\\b|\\bvisit\\s+exchanges?\\b|\\b(?:reciprocal|mutual)\\s+visits\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * In a commitment, an event the parties will hold or make: "agreed to hold a technical consultative meeting",
     * "to hold sectoral meetings", "agreed to ... hold Joint High Level Commission meeting very soon", "pledged to
     * exchange visits". The verb and its meeting word, a few words apart, whatever the cue before them.
     */
    private static final Pattern HOLDS_AN_EVENT = Pattern.compile("\\b(?:hold|holding|convene|convening|organi[sz]e|organi[sz]ing|host|hosting"
            + "|arrange|arranging|schedule|scheduling|resume|resuming|reconvene|exchange|exchanging|undertake|pay|conduct|conducting|celebrar|realizar"
            + "|organiser|tenir|initiate|pursue|commence|commencing|begin|start|explore)\\s+(?:[\\p{L}\\p{N}'\u2019+().-]+\\s+){0,6}?"
            + "(?:meetings?|summits?|visits?|rounds?|sessions?|talks|consultations?|dialogues?|conferences?|forums?|commissions?|committees?"
            + "|councils?|calls?|negotiations|discussions|reuni[oó]n(?:es)?|r[ée]union|visitas?|visites?|cumbre|sommet)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * In a commitment, contact between the parties as its object: "agreed to institutionalise consultations",
     * "resolved to enhance high-level exchanges", "pledged to further strengthen political dialogue", "mantener
     * abierto el diálogo", "den bilateralen Austausch weiter zu verstetigen". Cooperation in general is not contact.
     */
    private static final Pattern CONTACT_IN_A_COMMITMENT = Pattern.compile("\\b(?:consultations|dialogue|contacts|high-level\\s+exchanges"
            + "|exchanges\\s+of\\s+visits|di[áa]logo|consultas|concertaci[óo]n|Austausch|Erfahrungsaustausch|Meinungsaustausch"
            + "|Informationsaustausch|Dialog|dialogo|consultazioni)\\b"
            // not a dialogue of others ("dialogue between Somaliland and Somalia") or one already held
            + "(?!\\s+(?:held|that\\s+took|between\\s+(?!the\\s+two|both|our|their)))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Soon" as an undertaking's time: "committed to soon sign the agreement". Not "as soon as possible" or "at an
     * early date", which the development sets' annotators read as the manner of a commitment, not a diary date.
     */
    private static final Pattern SOON = Pattern.compile("(?i)(?<!\\bas\\s)\\bsoon\\b(?!\\s+as\\b)");
    /**
     * In a commitment, officials given the work: "pledged to assign relevant units to work with the ministry",
     * "instructed the competent agencies to follow up".
     */
    private static final Pattern OFFICIALS_TASKED = Pattern.compile("(?i)\\b(?:assign|assigned|task|tasked|instruct|instructed|direct|directed)"
            + "\\s+(?:the\\s+|their\\s+)?(?:relevant|competent|respective|concerned)?\\s*(?:units|agencies|authorities|officials|ministries"
            + "|departments|teams|experts|bodies)\\s+to\\b");
    /** In a commitment, a visit to make: "instructed ... a technical team to visit Jordan", "agreed to visit Seoul". */
    private static final Pattern TO_VISIT = Pattern.compile("\\bto\\s+(?:pay\\s+a\\s+)?visit\\b", Pattern.CASE_INSENSITIVE);
    /**
     * An event still to come in the words after a report: "exchanged views on challenges that are expected to be
     * discussed at the extraordinary Arab summit to be hosted by Saudi Arabia later this month".
     */
    private static final Pattern EVENT_TO_COME = Pattern.compile("\\b(?:(?:to|will|would)\\s+be\\s+(?:held|hosted|convened|organi[sz]ed)"
            + "|(?:will|would)\\s+take\\s+place|tendrá\\s+lugar|se\\s+celebrará|aura\\s+lieu|si\\s+terrà)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A dialogue set up at the meeting ("agreed to launch a bilateral policy dialogue on critical minerals") is a
     * commitment, not yet a step in the diary; support voiced for one is neither.
     */
    private static final Pattern NEW_OR_OTHERS_DIALOGUE = Pattern.compile("\\b(?:launch|launching|launched|establish|establishing|set\\s+up"
            + "|setting\\s+up|create|creating|support\\s+for|support\\s+to)\\s+(?:[\\p{L}\\p{N}'\u2019+().-]+\\s+){0,5}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * What the words of a next step are, read where they stand: the meeting being held ("welcomed the opportunity to
     * meet in person"), a visit under way or over ("who arrived on Sunday for a three-day state visit", "was on an
     * official visit to India on 10 to 13 December"), one person's programme ({@link #ITINERARY}), the event that was the
     * meeting's occasion ({@link #occasionOfThisMeeting}); and, when they give
     * no time, contact that is only valued ("stressed the importance of continued consultation", "it is essential that
     * we continue to communicate").
     */
    private static boolean notAhead(String text, int cue, boolean timed) {
        String before = text.substring(Math.max(0, cue - 80), cue);
        if (THIS_MEETING.matcher(text).find() || VISIT_UNDER_WAY.matcher(before).find() || ITINERARY.matcher(text).find()
                || occasionOfThisMeeting(text, cue)) {
            return true;
        }
        Matcher valued = VALUED_CONTACT.matcher(before);
        int end = -1;
        while (valued.find()) {
            end = valued.end();
        }
        return !timed && end >= 0 && before.substring(end).strip().split("\\s+").length <= VALUED_WORDS;
    }

    /**
     * "ahead of the APEC summit" after the meeting itself ("The two met on 9 November ahead of the summit", "welcomed
     * the minister ... ahead of today's meetings") or after a view ("underlined the importance of cooperation ahead of
     * COP26"): the event is the occasion of this meeting, not a step the sides planned. None of the 723 follow-ups the
     * annotators of the real readouts marked is such a sentence; what the sides agree to do before an event
     * ("agreed to stay in close contact ahead of the summit") still is one, its cue being the contact.
     */
    private static boolean occasionOfThisMeeting(String text, int cue) {
        if (!OCCASION.matcher(text).region(cue, text.length()).lookingAt()) {
            return false;
        }
        String before = text.substring(0, cue);
        return !PLANNED_BEFORE.matcher(before).find() && (MEETING_HELD.matcher(before).find() || VALUED_CONTACT.matcher(before).find());
    }

    private static final Pattern OCCASION = Pattern.compile("(?i)(?:ahead\\s+of|in\\s+advance\\s+of|in\\s+the\\s+run-up\\s+to"
            + "|leading\\s+up\\s+to|(?:in\\s+)?the\\s+lead-up\\s+to)\\b");
    private static final Pattern PLANNED_BEFORE = Pattern.compile("(?i)\\b(?:will|would|shall|agreed|agree|committed|decided|pledged"
            + "|concurred|resolved|vowed)\\b");
    private static final Pattern MEETING_HELD = Pattern.compile("(?i)\\b(?:met|welcomed|hosted|received|spoke|talked|visited|held"
            + "|underlined|underscored|stressed|emphasi[sz]ed)\\b");
    /** A meeting that will not happen: "said Yunus would not be meeting Modi in New York". */
    private static final Pattern NOT_MEETING = Pattern.compile("(?i)\\b(?:(?:will|would|shall)\\s+not|won['\u2019]t|wouldn['\u2019]t)"
            + "\\s+(?:be\\s+)?(?:meet|meeting|visit|visiting|travel|travelling|traveling|attend|attending|hold|holding)\\b");
    /**
     * A visit paid, the one reported or an earlier one: "paid a one-day visit to Thailand on Feb. 6", "paid an official
     * visit to China from 22-24 October 2013". Its dates say when it was, not when something is due.
     */
    private static final Pattern PAID_VISIT = Pattern.compile("(?i)\\bpaid\\s+(?:a|an|his|her|their|its)\\s+(?:[\\p{L}\\p{N}'\u2019-]+\\s+){0,3}?visit");

    /** Whether the next step's words, or the time that makes it one, are those of a visit paid. */
    private static boolean visitPaid(String text, Optional<Integer> cue) {
        Matcher paid = PAID_VISIT.matcher(text);
        return paid.find() && (cue.isEmpty() || cue.get() >= paid.start() && cue.get() <= paid.end());
    }

    /**
     * One person's programme: "He is also scheduled to meet the British Prime Minister", "is expected to hold
     * additional talks with other leaders". The sides' own next meeting is said of both ("They are due to meet"); a
     * visit to come is one ("The minister is set to visit Kumasi next week").
     */
    private static final Pattern ITINERARY = Pattern.compile("(?i)\\b(?:is|was)\\s+(?:also\\s+)?(?:scheduled|expected|slated|set|due)\\s+to"
            + "\\s+(?:meet|hold)\\b");

    private static final Pattern VALUED_CONTACT = Pattern.compile("(?i)\\b(?:importance\\s+of|important\\s+(?:that|to|for)"
            + "|essential\\s+(?:that|to|for)|(?:urgent\\s+)?need\\s+(?:for|to)|necessity\\s+of|vital\\s+(?:that|to|for)|crucial\\s+(?:that|to|for))\\b");
    /** "the importance of continued consultation", "essential for the world community to stay engaged": a few words between. */
    private static final int VALUED_WORDS = 6;
    private static final Pattern THIS_MEETING = Pattern.compile("(?i)\\bopportunity\\s+to\\s+(?:meet|visit|speak|talk|hold\\s+talks)\\b(?!\\s+again\\s+soon)");
    private static final Pattern VISIT_UNDER_WAY = Pattern.compile("(?i)(?:\\b(?:is|was|are|were)\\s+(?:currently\\s+|now\\s+)?on"
            + "|\\barrived\\s+[^.;]{0,40}?\\bfor|\\bresults\\s+of|\\brecalling|\\bduring)\\s+(?:a|an|his|her|their|the|its)\\s+"
            + "(?:[\\p{L}\\p{N}'\u2019-]+\\s+){0,4}$");

    /**
     * Contact that is not the two governments' keeping in touch: between their peoples ("people-to-people contacts"),
     * a means ("by way of peaceful dialogue"), or the meeting being reported ("during the 13th foreign office consultations").
     */
    private static final Pattern NOT_THEIR_CONTACT = Pattern.compile("(?i)(?:\\bpeople-to-people|\\bpeople\\s+to\\s+people|\\bpeaceful"
            + "|\\bduring\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,3})\\s*$");

    /** "hoped to meet in person soon": a hope to meet is a meeting looked forward to. */
    private static final Pattern HOPE = Pattern.compile("(?i)(?:expressed\\s+(?:the\\s+)?)?hope[sd]?\\b");
    private static final Pattern TO_MEET = Pattern.compile("(?i)\\b(?:meet|visit|speak\\s+again|talk\\s+again|see\\s+each\\s+other)\\b");
    /** "discussed the upcoming ministerial, where they will meet next week": the parties' own plan after a report. */
    private static final Pattern PARTIES_WILL = Pattern.compile("(?i)\\b(?:they|we|both(?:\\s+\\w+)?|the\\s+two(?:\\s+\\w+)?|sides)\\s+(?:will|would|shall)\\b");

    private final ExtractionCues cues;
    private final ActorResolver actors;
    private final TopicClassifier topics;
    private final TimeExpressions times = new TimeExpressions();

    public FollowUpFinder(ExtractionCues cues, ActorResolver actors, TopicClassifier topics) {
        this.cues = cues;
        this.actors = actors;
        this.topics = topics;
    }

    /**
     * @param meetingDate what due times are counted from; null when the readout is undated (then the due words
     *                    are kept, without a date)
     * @param statements  the sentences, clauses and list items, with those that commit: one with a time to it is
     *                    a follow-up too
     */
    public List<ExtractedFollowUp> find(List<CommitmentFinder.Statement> statements, LocalDate meetingDate,
                                        List<String> parties, List<Participant> participants, List<String> readoutTopics) {
        List<ExtractedFollowUp> found = new ArrayList<>();
        for (CommitmentFinder.Statement st : statements) {
            Sentence s = st.sentence();
            if (s.heading() || s.background()) {
                continue;
            }
            String text = st.text();
            boolean commitment = st.commits();
            if (!commitment && (CommitmentFinder.looksLikeATitle(text) || !future(text)) || INVITED_ONLY.matcher(text).find() && !text.contains("accept") && !INVITATION_WELCOMED.matcher(text).find()) {
                continue;
            }
            Optional<Integer> cue = cue(text);
            if (cue.isEmpty() && commitment) {
                cue = commitmentCue(text);
            }
            if (cue.isEmpty() && hasUnspacedChar(text)) {
                cue = contactAhead(text, commitment);
            }
            if (cue.isEmpty()) {
                cue = contactInOtherLanguages(text, commitment);
            }
            boolean meeting = MEETING_NOUN.matcher(text).find();
            if (cue.isEmpty() && !commitment && !meeting) {
                continue;
            }
            Optional<TimeExpressions.Found> due = times.due(text, cue.orElse(0), meetingDate);
            // a commitment with a time to it, or a visit or meeting with one ("Trump's visit to China later this year")
            // ("on 17 October 2023", the meeting's own day, says when it was held, not when something is due)
            boolean timed = (commitment || meeting) && due.filter(TimeExpressions.Found::deadline)
                    .filter(f -> f.due() == null || meetingDate == null || f.due().isAfter(meetingDate)).isPresent()
                    // "committed to soon sign the free trade agreement": an undertaking with no date, but soon
                    || commitment && due.filter(f -> SOON.matcher(f.text()).find()).isPresent();
            if (cue.isEmpty() && (!timed || ANNIVERSARY.matcher(text).find()) || onlyReported(text, cue)
                    || CommitmentFinder.reportedEarlier(text) || visitPaid(text, cue) || NOT_MEETING.matcher(text).find()
                    || cue.isPresent() && notAhead(text, cue.get(), due.isPresent())
                    || cue.isPresent() && !commitment && THIRD_PARTY_HOST.matcher(text).find()) {
                continue;
            }
            int subjectEnd = cue.orElse(text.length());
            found.add(new ExtractedFollowUp(text, commitment ? st.actors() : actors.actors(text, subjectEnd, parties, participants),
                    topics.best(text, readoutTopics).orElse(readoutTopics.get(0)),
                    due.map(TimeExpressions.Found::due).orElse(null), due.map(TimeExpressions.Found::text).orElse(null)));
        }
        return found;
    }

    /**
     * Contact and meetings in Chinese, Japanese and Korean: visits, talks, meetings, dialogue, communication,
     * consultation and coordination, exchanges between high levels. Their readouts put a party's will or an
     * agreement onto such a noun in a grammar of their own ("愿同老方保持高层密切交往", "調整していくことで一致した",
     * "만나 협의를 갖기로 했다"), which no list of phrases covers; the noun and a commitment or a word of what is to
     * come make the follow-up.
     */
    private static final Pattern CONTACT_WITHOUT_SPACES = Pattern.compile("交往|互访|互訪|访问|訪問|访华|訪華|会晤|會晤|会谈|會談"
            + "|会面|會面|对话|對話|沟通|溝通|磋商|协调|協調|联系|聯繫|峰会|峰會|会议|會議"
            + "|訪日|訪中|訪韓|会談|会合|対話|意思疎通|協議|調整|往来|首脳会談|サミット"
            + "|만나|만남|방문|방한|방일|방중|회담|회의|소통|협의|대화|교류|개최");

    /** Where a follow-up starts in a statement in Chinese, Japanese or Korean: a contact noun with a step to come. */
    private static Optional<Integer> contactAhead(String text, boolean commitment) {
        Matcher contact = CONTACT_WITHOUT_SPACES.matcher(text);
        if (!contact.find() || !commitment && !FUTURE_WITHOUT_SPACES.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(contact.start());
    }

    /**
     * Where a follow-up starts in a statement in another language than English: a meeting, visit or contact named
     * after the words that commit ("acordaron una nueva reunión"), or with a word of what is to come in that
     * language ("les préparatifs du prochain sommet").
     */
    private Optional<Integer> contactInOtherLanguages(String text, boolean commitment) {
        if (commitment) {
            return ContactInOtherLanguages.after(text, () -> java.util.stream.Stream.of(cues.strongCommitment().find(text),
                    cues.weakCommitment().find(text)).flatMap(Optional::stream).mapToInt(CuePhrases.Match::start).min().orElse(0));
        }
        if (!marks(FUTURE_STEMS_ELSEWHERE, FUTURE_ELSEWHERE, text, text.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<Integer> contact = ContactInOtherLanguages.after(text, () -> 0);
        // the word of what is to come is another than the noun ("Kontakt" is both)
        Matcher marker = FUTURE_ELSEWHERE.matcher(text);
        while (contact.isPresent() && marker.find()) {
            if (marker.start() != contact.get()) {
                return contact;
            }
        }
        return Optional.empty();
    }

    /** Whether the text speaks of what is to come; a plain search for the markers' first words before the regex. */
    private static boolean future(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return marks(FUTURE_STEMS, FUTURE, text, lower) || marks(FUTURE_STEMS_ELSEWHERE, FUTURE_ELSEWHERE, text, lower)
                || lower.contains("toward") && NUMBERED_EVENT_AHEAD.matcher(text).find()
                || hasUnspacedChar(text) && FUTURE_WITHOUT_SPACES.matcher(text).find();
    }

    /** Whether the markers' regex, each of whose words opens with \b and a letter, matches a text holding one of their stems. */
    private static boolean marks(List<String> stems, Pattern markers, String text, String lower) {
        // a statement's words are one space apart (the splitter squeezes white space), so "to be" is spelt so;
        // a form feed or vertical tab left by a PDF would leave the regex to decide
        return (stems.stream().anyMatch(lower::contains) || lower.indexOf('\f') >= 0 || lower.indexOf('\u000b') >= 0)
                && TextWords.findAtWordStart(markers, text);
    }

    private static boolean hasUnspacedChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Scripts.unspaced(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is to come in Chinese, Japanese and Korean, where no word boundary marks a word: will, about to, next,
     * continue, keep up, from now on, follow-up, invitation; scheduled, going on doing, wish to, next time;
     * continue, scheduled, next, invitation, keep up, will do; and will, next, continue in Thai, Lao, Khmer and
     * Myanmar.
     */
    private static final Pattern FUTURE_WITHOUT_SPACES = Pattern.compile("将|將|下一|下次|继续|繼續|保持|今后|今後|后续|後續|邀请|邀請"
            + "|予定|引き続き|ていく|たい|次回|계속|예정|차기|다음|초청|지속|하겠"
            + "|จะ|ต่อไป|ครั้งหน้า|ຈະ|ຕໍ່ໄປ|នឹង|បន្ត|မည်");

    private static final List<String> FUTURE_STEMS = List.of("will", "would", "shall", "should", "preparation", "lead-up", "leading up", "to be", "to hold", "to meet",
            "to visit", "to convene", "to host", "to travel", "to speak", "to talk", "to stay", "to remain", "to keep", "to maintain",
            "to continue", "to reconvene", "to resume", "agreed", "decided", "concurred",
            "committed", "pledged", "resolved", "forward", "next", "upcoming", "forthcoming", "scheduled", "planned", "invitation",
            "intend", "expected", "coming", "later", "soon", "tasked", "instructed", "directed", "plan", "interest", "ready", "readiness",
            "keen", "aspiration", "staying", "possibilit", "early", "posibilidad", "ahead", "advance", "run-up", "view", "slated", "schedule", "calendar", "timetable", "preparing", "holding", "future", "prepare", "proposed");
    /** The first words of {@link #FUTURE_ELSEWHERE}'s markers, lower case. */
    private static final List<String> FUTURE_STEMS_ELSEWHERE = List.of("próxim", "llevará", "celebrará", "realizar", "prochain", "lieu", "tiendra", "prossim", "terrà", "nächste", "stattfinden", "acordar",
            "convinieron", "vereinbart", "concordato", "enige", "convenu", "invita", "următo",
            "mantendrán", "seguir", "maintenir", "rester", "poursuivre", "proseguire", "approfondire", "suivi", "kontakt", "предстоящ", "следующ", "очередн", "kolejn", "następn",
            "będą", "sẽ", "chuẩn", "akan", "berikutnya", "ujao", "continuar", "mantener", "manter", "договоренност",
            "acordamos", "coincidieron", "decidieron", "decidiram", "acertaram", "convenu", "reprendre", "réunira", "devra",
            "agendad", "retomar", "continuará", "viajará", "visitará", "breve", "продолжить", "продолжать", "график", "договорились",
            "условились", "قريبا", "استمرار", "مواصلة", "mutabık", "zgodni", "kontynuować", "pozostać", "afgesproken", "ontmoeten",
            "blijven", "sepakat", "berkoordinasi", "nhất", "prepara", "prépara", "vorbereitung", "подготов", "hazırlık", "persiapan",
            "التحضير", "الإعداد", "будут", "будет", "намерены", "планиру", "ecek", "acak", "eceğ", "acağ", "سوف", "سيتم", "المقبل", "المقرر", "تطلع");

    /**
     * A cue regex with the words of which every match holds at least one (its meeting or contact nouns), so that
     * it runs only on a statement that has one: these regexes, tried at every position of every statement, were
     * the largest part of the extractor's time after the cue phrases. A noun added to a pattern must be added
     * to its words, or the pattern will not see statements that hold only it.
     */
    private record WordedPattern(Pattern pattern, int[] words) {

        /** @param plurals whether each word's plural in "s" is one too */
        WordedPattern(Pattern pattern, String words, boolean plurals) {
            this(pattern, java.util.Arrays.stream(words.split(" "))
                    .flatMap(w -> plurals ? java.util.stream.Stream.of(w, w + "s") : java.util.stream.Stream.of(w))
                    .map(w -> TextWords.fold(w, 0, w.length())).distinct().mapToInt(TextWords::id).toArray());
        }

        /** A matcher at the pattern's first match in the text, if the text can hold one and does. */
        Optional<Matcher> find(String text) {
            TextWords present = TextWords.of(text);
            if (java.util.Arrays.stream(words).noneMatch(present::mayContain)) {
                return Optional.empty();
            }
            Matcher m = pattern.matcher(text);
            return m.find() ? Optional.of(m) : Optional.empty();
        }
    }

    /**
     * A meeting stated in the future tense, whoever holds it: "the joint working group would meet shortly", "officials
     * will have to meet", "annual review meetings will be held", "the minister will call on the Prime Minister", "would
     * attend the meeting".
     */
    private static final Pattern MEETING_WILL_BE = Pattern.compile("\\b(?:will|would|shall)\\s+(?:have\\s+to\\s+|also\\s+|soon\\s+|again\\s+)?"
            + "(?:meet|reconvene|convene|be\\s+held|be\\s+convened|take\\s+place|attend|visit|call\\s+on|follow\\s+up|gather)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * An event named by its acronym and number that the parties work towards: "collaborate closely leading up to
     * PALM 10", "ahead of COP28", "continued cooperation toward TICAD 9". The number says it is one gathering.
     */
    private static final Pattern NUMBERED_EVENT_AHEAD = Pattern.compile("\\b(?:ahead\\s+of|in\\s+the\\s+run-up\\s+to|leading\\s+up\\s+to"
            + "|(?:in\\s+)?the\\s+lead-up\\s+to|towards?|in\\s+preparation\\s+for)\\s+(?:the\\s+)?\\p{Lu}{2,}[\\p{Lu}-]*\\s?\\d{1,4}\\b");

    private static final List<WordedPattern> CUES = List.of(
            new WordedPattern(NEXT_MEETING, "meeting summit visit round session dialogue ministerial consultations talks forum commission"
                    + " council conference assembly committee 2 contact", true),
            new WordedPattern(LOOK_FORWARD, "forward", false),
            new WordedPattern(HOPE_TO_MEET, "hope hoped hopes hoping", false),
            new WordedPattern(CONTACT, "contact touch communication communications coordination consultation consultations dialogue"
                    + " dialogues engagement engagements communicate communicating consult coordinate coordinating talks exchange exchanges"
                    + " liaising liaise engaged exchanging dialoguing regularly plan hold discussion discussions interactions meetings"
                    + " negotiations momentum mechanism system framework format maintenance diálogo contacto engage interaction conversation"
                    + " conversations", true),
            new WordedPattern(CONTACT_IN_OTHER_WORDS, "constantly closely frequently basis confer consult annually every once twice each"
                    + " annual visits exchange exchanges", false),
            new WordedPattern(EVENT_AHEAD, "meeting summit visit session conference ministerial forum dialogue round talks signature signing"
                    + " assembly consultation events contacts exchanges 2", true),
            new WordedPattern(MEETING_WILL_BE, "meet reconvene convene held convened place attend visit call follow gather", false),
            new WordedPattern(NUMBERED_EVENT_AHEAD, "ahead run-up up lead-up toward towards preparation", false));
    /** The cues that make a commitment a next step too, in the order they are tried. */
    private static final List<WordedPattern> COMMITMENT_CUES = List.of(
            new WordedPattern(TO_VISIT, "visit", false),
            new WordedPattern(OFFICIALS_TASKED, "assign assigned task tasked instruct instructed direct directed", false),
            new WordedPattern(HOLDS_AN_EVENT, "meeting summit visit round session talks consultation dialogue conference forum commission"
                    + " committee council call negotiations discussions reunion reuniones reunión réunion visita visite cumbre sommet", true));
    private static final WordedPattern CONTACT_KEPT_UP = new WordedPattern(CONTACT_IN_A_COMMITMENT, "consultations dialogue contacts"
            + " exchanges diálogo dialogo consultas concertación concertacion austausch erfahrungsaustausch meinungsaustausch"
            + " informationsaustausch dialog consultazioni", false);

    /** Where the words that make the sentence a next step start, if it is one. */
    private Optional<Integer> cue(String text) {
        List<Integer> starts = new ArrayList<>();
        cues.followUp().find(text).ifPresent(m -> starts.add(m.start()));
        CUES.forEach(cue -> cue.find(text).ifPresent(m -> starts.add(m.start())));
        return starts.stream().min(Integer::compare);
    }

    /** Where a commitment's words make it a next step too: an event the parties will hold, or contact kept up. */
    private static Optional<Integer> commitmentCue(String text) {
        for (WordedPattern cue : COMMITMENT_CUES) {
            Optional<Matcher> m = cue.find(text);
            if (m.isPresent()) {
                return Optional.of(m.get().start());
            }
        }
        Optional<Matcher> found = CONTACT_KEPT_UP.find(text);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Matcher contact = found.get();
        do {
            String before = text.substring(Math.max(0, contact.start() - 80), contact.start());
            if (!NEW_OR_OTHERS_DIALOGUE.matcher(before).find() && !NOT_THEIR_CONTACT.matcher(before).find()) {
                return Optional.of(contact.start());
            }
        } while (contact.find());
        return Optional.empty();
    }

    /**
     * "briefed the Chancellor on preparations for the G7 summit", "exchanged views on the preparations for
     * APEC": a next step reported, not planned by the parties, unless a commitment follows.
     */
    private boolean onlyReported(String text, Optional<Integer> cue) {
        Optional<CuePhrases.Match> not = cues.notCommitment().find(text);
        if (not.isEmpty() || cue.isEmpty() || not.get().start() > cue.get()) {
            return false;
        }
        // "welcomed the upcoming visit", "welcomed the plan to hold": a plan of theirs, welcomed
        if (WELCOMED.matcher(text).region(not.get().start(), not.get().end()).lookingAt()) {
            return false;
        }
        String rest = text.substring(not.get().end());
        // "discussed the upcoming ministerial", "exchanged views on the schedule of the next round": the
        // meeting to come is the parties' next step whatever verb reports it
        if (NEXT_MEETING.matcher(rest).find() || EVENT_AHEAD.matcher(rest).find() || EVENT_TO_COME.matcher(rest).find()) {
            return false;
        }
        // "hoped to meet soon", "expressed hope that the forthcoming summit will be productive"
        if (HOPE.matcher(text).region(not.get().start(), not.get().end()).lookingAt()
                && (TO_MEET.matcher(rest).find() || NEXT_MEETING.matcher(rest).find())
                || PARTIES_WILL.matcher(rest).find()) {
            return false;
        }
        return !cues.strongCommitment().in(rest) && !cues.weakCommitment().in(rest) && !LOOK_FORWARD.matcher(rest).find();
    }
}
