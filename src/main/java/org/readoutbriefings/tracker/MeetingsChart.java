package org.readoutbriefings.tracker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.readoutbriefings.rollup.RollupRow;

/**
 * A native Excel chart (POI XDDF) of meetings per month for the busiest partner countries. Its data are
 * literal values, not cell references, so it does not depend on where the summary rows are.
 */
final class MeetingsChart {

    private final int partners;
    private final int months;

    MeetingsChart(int partners, int months) {
        this.partners = partners;
        this.months = months;
    }

    /**
     * @param rows   rollup rows of each partner country over all topics, one per month
     * @param column the sheet column the chart's left edge is anchored to
     */
    void draw(XSSFSheet sheet, List<RollupRow> rows, Function<String, String> countryName, int column) {
        Map<String, Integer> totals = new HashMap<>();
        rows.forEach(r -> totals.merge(r.partnerCountry(), r.meetings(), Integer::sum));
        List<String> busiest = totals.keySet().stream()
                .sorted(Comparator.comparing((String c) -> -totals.get(c)).thenComparing(c -> c))
                .limit(partners).toList();
        if (busiest.isEmpty()) {
            return;
        }
        TreeSet<String> allMonths = new TreeSet<>();
        rows.stream().filter(r -> busiest.contains(r.partnerCountry())).forEach(r -> allMonths.add(r.month()));
        List<String> shown = new ArrayList<>(allMonths).subList(Math.max(0, allMonths.size() - months), allMonths.size());

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, 1, column + 12, 24));
        chart.setTitleText("Meetings per month, busiest partner countries");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis monthAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        monthAxis.setTitle("Month");
        XDDFValueAxis meetings = chart.createValueAxis(AxisPosition.LEFT);
        meetings.setTitle("Meetings");
        meetings.setCrosses(AxisCrosses.AUTO_ZERO);
        meetings.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, monthAxis, meetings);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(shown.toArray(String[]::new));
        for (String partner : busiest) {
            Double[] values = new Double[shown.size()];
            Arrays.fill(values, 0.0);
            rows.stream().filter(r -> r.partnerCountry().equals(partner) && shown.contains(r.month()))
                    .forEach(r -> values[shown.indexOf(r.month())] += r.meetings());
            data.addSeries(categories, XDDFDataSourcesFactory.fromArray(values)).setTitle(countryName.apply(partner), null);
        }
        chart.plot(data);
    }
}
