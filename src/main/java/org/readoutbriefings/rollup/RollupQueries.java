package org.readoutbriefings.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the rollup for memos and the tracker. */
public class RollupQueries {

    private final JdbcTemplate jdbc;

    public RollupQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rollup row, ordered by partner country, topic and month. */
    public List<RollupRow> all() {
        return jdbc.query("SELECT * FROM rollup_month ORDER BY partner_country, topic, period_month", (rs, i) -> row(rs));
    }

    /**
     * Rows of one partner country and topic within the months of the period; pass
     * {@link RollupBuilder#ALL} for the totals over all partner countries or all topics.
     */
    public List<RollupRow> rows(String partner, String topic, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>(List.of(from.toString().substring(0, 7), to.toString().substring(0, 7)));
        StringBuilder sql = new StringBuilder("SELECT * FROM rollup_month WHERE period_month BETWEEN ? AND ?");
        sql.append(" AND partner_country = ? AND topic = ?");
        args.add(partner);
        args.add(topic);
        sql.append(" ORDER BY partner_country, topic, period_month");
        return jdbc.query(sql.toString(), (rs, i) -> row(rs), args.toArray());
    }

    /** One partner country's rows per topic (totals excluded) within the months of the period. */
    public List<RollupRow> rowsOfPartner(String partner, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT * FROM rollup_month WHERE period_month BETWEEN ? AND ? AND partner_country = ? AND topic <> '*'"
                        + " ORDER BY topic, period_month", (rs, i) -> row(rs),
                from.toString().substring(0, 7), to.toString().substring(0, 7), partner);
    }

    /** One topic's rows per partner country (totals excluded) within the months of the period. */
    public List<RollupRow> rowsOfTopic(String topic, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT * FROM rollup_month WHERE period_month BETWEEN ? AND ? AND topic = ? AND partner_country <> '*'"
                        + " ORDER BY partner_country, period_month", (rs, i) -> row(rs),
                from.toString().substring(0, 7), to.toString().substring(0, 7), topic);
    }

    /** Partner countries that appear in the rollup, in code order. */
    public List<String> partnerCountries() {
        return jdbc.queryForList("SELECT DISTINCT partner_country FROM rollup_month WHERE partner_country <> '*'"
                + " ORDER BY partner_country", String.class)
                .stream().map(String::strip).toList();
    }

    /** Topics that appear in the rollup, in id order. */
    public List<String> topics() {
        return jdbc.queryForList("SELECT DISTINCT topic FROM rollup_month WHERE topic <> '*' ORDER BY topic", String.class);
    }

    /** Sums rows by the given key (e.g. topic, or month), keeping first-seen order. */
    public static <K> Map<K, RollupRow> sum(List<RollupRow> rows, java.util.function.Function<RollupRow, K> key) {
        Map<K, RollupRow> sums = new LinkedHashMap<>();
        for (RollupRow row : rows) {
            sums.merge(key.apply(row), row, RollupRow::plus);
        }
        return sums;
    }

    private static RollupRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RollupRow(rs.getString("partner_country").strip(), rs.getString("topic"), rs.getString("period_month"),
                rs.getInt("meetings"), ((Date) rs.getObject("first_date", Date.class)).toLocalDate(),
                ((Date) rs.getObject("last_date", Date.class)).toLocalDate(), rs.getInt("commitments_total"),
                rs.getInt("commitments_open"), rs.getInt("follow_ups_open"), rs.getInt("follow_ups_due"));
    }
}
