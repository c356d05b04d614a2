package lv.pmlp.iaiar.api.statistics;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import lv.pmlp.iaiar.query.statistics.EilCell;
import lv.pmlp.iaiar.query.statistics.EilTable;
import lv.pmlp.iaiar.query.statistics.OperationalFigure;
import lv.pmlp.iaiar.query.statistics.OperationalFigures;

/** Bar charts an analyst reads at a glance, drawn with JFreeChart and written as SVG or PNG. */
public final class StatisticsCharts {

    public enum Format {
        SVG("image/svg+xml"), PNG("image/png");

        public final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final Color[] SERIES = {new Color(0x1f4e79), new Color(0xc0504d), new Color(0x9bbb59), new Color(0x8064a2)};

    private StatisticsCharts() {
    }

    /** Return decisions issued in each month of a year, one bar per institution; months without any show 0. */
    public static byte[] decisionsPerMonth(OperationalFigures figures, int year, Format format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Month month : Month.values()) {
            String label = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            data.addValue(0, "PMLP", label);
            data.addValue(0, "VRS", label);
        }
        for (OperationalFigure row : figures.rows()) {
            if ("DECISION_ISSUED".equals(row.figure()) && row.count() != null && row.institution() != null) {
                String label = Month.of(Integer.parseInt(row.period().substring(5))).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                Number sofar = data.getColumnKeys().contains(label) && data.getRowKeys().contains(row.institution())
                        ? data.getValue(row.institution(), label) : 0;
                data.setValue(sofar.longValue() + row.count(), row.institution(), label);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Return decisions per month, " + year, "Month", "Decisions", data,
                PlotOrientation.VERTICAL, true, false, false);
        return write(style(chart, false, null), format);
    }

    /** Persons returned in a period per citizenship, stacked by type of return (from migr_eirt_vol). */
    public static byte[] returnsByCitizenship(EilTable byType, Format format) {
        Map<String, Map<String, Long>> perCitizen = new TreeMap<>();
        boolean withheld = false;
        for (EilCell cell : byType.cells()) {
            Map<String, String> key = cell.key();
            if ("TOTAL".equals(key.get("citizen")) || !"T".equals(key.get("sex")) || !"TOTAL".equals(key.get("age"))
                    || "TOT_RET".equals(key.get("indic_mg"))) {
                continue;
            }
            if (cell.value() == null) {
                withheld = true;
                continue;
            }
            perCitizen.computeIfAbsent(key.get("citizen"), c -> new TreeMap<>()).put(key.get("indic_mg"), cell.value());
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // the largest citizenships first, so the chart reads like a ranking
        perCitizen.entrySet().stream()
                .sorted((a, b) -> Long.compare(sum(b.getValue()), sum(a.getValue())))
                .forEach(e -> {
                    for (String type : List.of("ENFORCE", "VOLUNT", "OTH")) {
                        data.addValue(e.getValue().getOrDefault(type, 0L), type, e.getKey());
                    }
                });
        JFreeChart chart = ChartFactory.createStackedBarChart("Persons returned by citizenship, " + byType.period(),
                "Citizenship", "Persons", data, PlotOrientation.VERTICAL, true, false, false);
        return write(style(chart, true, withheld ? "Small counts withheld" : null), format);
    }

    private static long sum(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    private static JFreeChart style(JFreeChart chart, boolean stacked, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.ITALIC, 11)));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd9d9d9));
        plot.setOutlineVisible(false);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(stacked ? 0 : 0.05);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
        return chart;
    }

    private static byte[] write(JFreeChart chart, Format format) {
        if (format == Format.SVG) {
            SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
            chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
            return svg.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
