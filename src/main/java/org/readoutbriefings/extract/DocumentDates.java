package org.readoutbriefings.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a readout's file carries outside its text: the publication date in its metadata, and a date in
 * its name. Real readouts often give the meeting day only as "today" or "on 9 May", or not at all; these
 * are what such a day is resolved against when the text has no dateline.
 *
 * @param metadata the publication date of the page's or PDF's metadata, or null
 * @param fileName a date in the file's name ("2023-08-15-call.txt", "20230815_call.txt", "call_15-08-2023.txt",
 *                 "call-15-august-2023.txt"), or null
 * @param fileMonth a year and month in the file's name with no day ("2019-07-health-talks.txt", as archives
 *                  that keep a web address's /2019/07/ name files), or null: no meeting day by itself, but the
 *                  year of a day the text gives without one ("KUALA LUMPUR, July 31 —")
 */
public record DocumentDates(LocalDate metadata, LocalDate fileName, YearMonth fileMonth) {

    public static final DocumentDates NONE = new DocumentDates(null, null, null);

    public DocumentDates(LocalDate metadata, LocalDate fileName) {
        this(metadata, fileName, null);
    }

    /** A readout's metadata date with what its file's name says. */
    public static DocumentDates of(LocalDate metadata, String path) {
        LocalDate day = inFileName(path);
        return new DocumentDates(metadata, day, day == null ? monthInFileName(path) : null);
    }

    /** "2019-07-..." or "2019_07_..." at the start of the name, the month valid. */
    private static final Pattern MONTH_AT_START = Pattern.compile("^(?<y>(?:19|20)\\d{2})[-_.](?<m>0[1-9]|1[0-2])(?=[-_.][^\\d])");

    static YearMonth monthInFileName(String path) {
        Matcher m = MONTH_AT_START.matcher(path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
        return m.find() ? YearMonth.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m"))) : null;
    }

    /** What a day and month without a year is counted back from: a publication date, else the file's month. */
    LocalDate yearReference() {
        LocalDate day = metadata != null ? metadata : fileName;
        return day != null ? day : fileMonth != null ? fileMonth.atEndOfMonth() : null;
    }

    private static final String MONTH_NAME = "(?<m>january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    /*
     * Years from 1990 to 2099, bounded by anything but a digit. Day-first when the year comes last (the form
     * archives outside the United States use), month-first only when the day-first reading is impossible.
     */
    private static final List<Pattern> IN_FILE_NAME = List.of(
            Pattern.compile("(?<!\\d)(?<y>(?:19|20)\\d{2})[-_.]?(?<m>[01]\\d)[-_.]?(?<d>[0-3]\\d)(?!\\d)"),
            Pattern.compile("(?<!\\d)(?<d>[0-3]\\d)[-_.](?<m>[0-3]\\d)[-_.](?<y>(?:19|20)\\d{2})(?!\\d)"),
            // "...-albanese-25-october-2024", "...-greece-july-16-2015"
            Pattern.compile("(?i)(?<![\\p{Alnum}])(?<d>[0-3]?\\d)[-_ ]" + MONTH_NAME + "[-_ ](?<y>(?:19|20)\\d{2})(?!\\d)"),
            Pattern.compile("(?i)(?<![\\p{Alnum}])" + MONTH_NAME + "[-_ ](?<d>[0-3]?\\d)[-_ ,]+(?<y>(?:19|20)\\d{2})(?!\\d)"));
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(?:D:)?(?<y>(?:19|20)\\d{2})-?(?<m>[01]\\d)-?(?<d>[0-3]\\d)");

    /** The first date in a file's name, the folders before it left aside. */
    public static LocalDate inFileName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        for (Pattern p : IN_FILE_NAME) {
            Matcher m = p.matcher(name);
            while (m.find()) {
                String month = String.valueOf(MeetingDateFinder.month(m.group("m")));
                Optional<LocalDate> date = date(m.group("y"), month, m.group("d"));
                if (date.isEmpty() && p == IN_FILE_NAME.get(1)) {
                    date = date(m.group("y"), m.group("d"), m.group("m"));
                }
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    /**
     * The day of a machine-written timestamp as metadata give it ("2023-05-09T23:30:00-04:00", "2023-05-09",
     * a PDF's "D:20230509..."), as written: the publisher's own calendar day, not converted to another zone.
     */
    public static LocalDate dayOf(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(timestamp);
        return m.find() ? date(m.group("y"), m.group("m"), m.group("d")).orElse(null) : null;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
