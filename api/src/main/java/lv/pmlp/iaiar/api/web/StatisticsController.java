package lv.pmlp.iaiar.api.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import lv.pmlp.iaiar.api.config.StatisticsProperties;
import lv.pmlp.iaiar.api.security.CurrentActor;
import lv.pmlp.iaiar.api.statistics.EilCsv;
import lv.pmlp.iaiar.api.statistics.StatisticsCharts;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;
import lv.pmlp.iaiar.query.statistics.EilDataset;
import lv.pmlp.iaiar.query.statistics.EilSnapshot;
import lv.pmlp.iaiar.query.statistics.EilSnapshots;
import lv.pmlp.iaiar.query.statistics.EilTable;
import lv.pmlp.iaiar.query.statistics.EilTableQuery;
import lv.pmlp.iaiar.query.statistics.FindEilSnapshotQuery;
import lv.pmlp.iaiar.query.statistics.OperationalFigures;
import lv.pmlp.iaiar.query.statistics.OperationalFiguresQuery;
import lv.pmlp.iaiar.query.statistics.PlanVsActual;
import lv.pmlp.iaiar.query.statistics.PlanVsActualQuery;
import lv.pmlp.iaiar.query.statistics.ReadyForReturnQuery;
import lv.pmlp.iaiar.query.statistics.ReadyForReturnStock;
import lv.pmlp.iaiar.query.statistics.ReturnedToThirdCountries;
import lv.pmlp.iaiar.query.statistics.ReturnedToThirdCountriesQuery;
import lv.pmlp.iaiar.query.statistics.ReportingPeriod;
import lv.pmlp.iaiar.query.statistics.Workload;
import lv.pmlp.iaiar.query.statistics.WorkloadQuery;

/**
 * Eurostat EIL tables, computed now or "as known at" an instant, and frozen snapshots of them. Analysts get
 * small cells withheld; supervisors and auditors, who may see individual cases, get exact counts.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics")
@Validated
class StatisticsController {

    static final String CSV = "text/csv";

    private final QueryGateway queries;
    private final EilSnapshots snapshots;
    private final CurrentActor actor;
    private final StatisticsProperties settings;
    /** Wall time, not the business clock: "as known at" compares with the log's recording times. */
    private final Clock recordingClock = Clock.systemUTC();

    StatisticsController(QueryGateway queries, EilSnapshots snapshots, CurrentActor actor, StatisticsProperties settings) {
        this.queries = queries;
        this.snapshots = snapshots;
        this.actor = actor;
        this.settings = settings;
    }

    record FreezeRequest(@NotBlank String dataset, @NotBlank @Pattern(regexp = ReportingPeriod.YEAR_OR_QUARTER) String period,
                         Instant asKnownAt) {
    }

    @GetMapping("/eurostat")
    @Operation(summary = "All Eurostat EIL tables for a year (2026) or quarter (2026-Q1), optionally as known at an instant")
    List<EilTable> eurostat(@RequestParam @Pattern(regexp = ReportingPeriod.YEAR_OR_QUARTER) String period,
                            @RequestParam(required = false) Instant asKnownAt) {
        List<EilTable> tables = new ArrayList<>();
        for (EilDataset dataset : EilDataset.values()) {
            tables.add(table(dataset, period, asKnownAt));
        }
        return tables;
    }

    @GetMapping("/eurostat/{dataset}")
    @Operation(summary = "One Eurostat EIL table (migr_eiord, migr_eirtn, migr_eirt_vol, migr_eirt_ass, migr_eipre); "
            + "format=csv gives Eurostat's SDMX-CSV layout rounded to multiples of 5")
    ResponseEntity<?> eurostatTable(@PathVariable String dataset,
                                    @RequestParam @Pattern(regexp = ReportingPeriod.YEAR_OR_QUARTER) String period,
                                    @RequestParam(required = false) Instant asKnownAt,
                                    @RequestParam(defaultValue = "json") @Pattern(regexp = "json|csv") String format) {
        EilTable table = table(dataset(dataset), period, asKnownAt);
        return "csv".equals(format) ? csv(table, table.dataset() + "_" + period) : ResponseEntity.ok(table);
    }

    @PostMapping("/eurostat/snapshots")
    @Operation(summary = "Freeze an EIL table as known now (or at an earlier asKnownAt) as an immutable snapshot")
    ResponseEntity<EilSnapshot> freeze(@RequestBody @Valid FreezeRequest body) {
        EilSnapshot snapshot = snapshots.freeze(dataset(body.dataset()), body.period(), body.asKnownAt(), recordingClock.instant(),
                actor.get().userId());
        return ResponseEntity.created(URI.create("/api/v1/statistics/eurostat/snapshots/" + snapshot.id()))
                .body(withSuppression(snapshot));
    }

    @GetMapping("/eurostat/snapshots/{id}")
    @Operation(summary = "A frozen EIL table, unchanged since it was frozen; format=csv for the export")
    ResponseEntity<?> snapshot(@PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String id,
                               @RequestParam(defaultValue = "json") @Pattern(regexp = "json|csv") String format) {
        EilSnapshot snapshot = queries.query(new FindEilSnapshotQuery(id, suppressBelow()),
                        ResponseTypes.optionalInstanceOf(EilSnapshot.class)).join()
                .orElseThrow(() -> new StatisticsSnapshotNotFoundException(id));
        return "csv".equals(format) ? csv(snapshot.table(), snapshot.table().dataset() + "_" + snapshot.table().period()
                + "_" + id) : ResponseEntity.ok(snapshot);
    }

    @GetMapping("/operational")
    @Operation(summary = "National figures of both institutions for a year, quarter or month: decisions issued, served, "
            + "appealed and decided, annulled, executed (VOLUNT departure, ENFORCE removal), entry bans by band, detentions "
            + "(average and maximum days), deadlines met and missed; per MONTH, QUARTER or YEAR, optionally by INSTITUTION, "
            + "UNIT, CITIZENSHIP, DECISION_TYPE and GROUND")
    OperationalFigures operational(@RequestParam @Pattern(regexp = ReportingPeriod.ANY) String period,
                                   @RequestParam(defaultValue = "MONTH") OperationalFiguresQuery.Interval interval,
                                   @RequestParam(defaultValue = "") List<OperationalFiguresQuery.Breakdown> by,
                                   @RequestParam(required = false) Institution institution) {
        OperationalFigures figures = queries.query(new OperationalFiguresQuery(period, interval, by, institution,
                suppressBelow()), OperationalFigures.class).join();
        return figures.withLinks(List.of(new EilTable.Link("chart",
                "/api/v1/statistics/charts/decisions-per-month.svg?year=" + period.substring(0, 4))));
    }

    @GetMapping("/plan-vs-actual")
    @Operation(summary = "Return decisions issued in a year against the planned number (register.statistics.targets)")
    PlanVsActual planVsActual(@RequestParam @Min(2000) @Max(2100) int year) {
        return queries.query(new PlanVsActualQuery(year, settings.targets().getOrDefault(year, java.util.Map.of())),
                PlanVsActual.class).join();
    }

    @GetMapping("/workload")
    @Operation(summary = "Per officer and unit: return decisions, other acts, days from case opening to decision")
    Workload workload(@RequestParam @Pattern(regexp = ReportingPeriod.ANY) String period,
                      @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String unit) {
        return queries.query(new WorkloadQuery(period, unit), Workload.class).join();
    }

    @GetMapping("/irma/ready-for-return")
    @Operation(summary = "IRMA dataset 3: persons ready to be returned whose removal is not organised, at a month's end")
    ReadyForReturnStock readyForReturn(@RequestParam @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month) {
        return queries.query(new ReadyForReturnQuery(month, suppressBelow()), ReadyForReturnStock.class).join();
    }

    @GetMapping("/irma/returned")
    @Operation(summary = "IRMA dataset 4a: persons effectively returned to a third country in a month")
    ReturnedToThirdCountries returned(@RequestParam @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month) {
        return queries.query(new ReturnedToThirdCountriesQuery(month, suppressBelow()), ReturnedToThirdCountries.class).join();
    }

    @GetMapping("/charts/decisions-per-month.{format}")
    @Operation(summary = "Chart: return decisions per month of a year by institution (svg or png)")
    ResponseEntity<byte[]> decisionsPerMonthChart(@PathVariable @Pattern(regexp = "svg|png") String format,
                                                  @RequestParam @Min(2000) @Max(2100) int year) {
        OperationalFigures figures = queries.query(new OperationalFiguresQuery(String.valueOf(year),
                OperationalFiguresQuery.Interval.MONTH, List.of(OperationalFiguresQuery.Breakdown.INSTITUTION), null,
                suppressBelow()), OperationalFigures.class).join();
        return image(StatisticsCharts.decisionsPerMonth(figures, year, chartFormat(format)), chartFormat(format));
    }

    @GetMapping("/charts/returns-by-citizenship.{format}")
    @Operation(summary = "Chart: persons returned in a year or quarter by citizenship and type of return (svg or png)")
    ResponseEntity<byte[]> returnsByCitizenshipChart(@PathVariable @Pattern(regexp = "svg|png") String format,
                                                     @RequestParam @Pattern(regexp = ReportingPeriod.YEAR_OR_QUARTER) String period) {
        EilTable byType = queries.query(new EilTableQuery(EilDataset.RETURNED_BY_TYPE, period, null, suppressBelow()),
                EilTable.class).join();
        return image(StatisticsCharts.returnsByCitizenship(byType, chartFormat(format)), chartFormat(format));
    }

    private static StatisticsCharts.Format chartFormat(String format) {
        return StatisticsCharts.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    }

    private static ResponseEntity<byte[]> image(byte[] image, StatisticsCharts.Format format) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType)).body(image);
    }

    private EilTable table(EilDataset dataset, String period, Instant asKnownAt) {
        EilTable table = queries.query(new EilTableQuery(dataset, period, asKnownAt, suppressBelow()), EilTable.class).join();
        String csv = "/api/v1/statistics/eurostat/" + table.dataset() + "?period=" + period
                + (asKnownAt != null ? "&asKnownAt=" + asKnownAt : "") + "&format=csv";
        List<EilTable.Link> links = new ArrayList<>(List.of(new EilTable.Link("csv", csv)));
        if (dataset != EilDataset.ORDERED_TO_LEAVE && dataset != EilDataset.ILLEGALLY_PRESENT) {
            links.add(new EilTable.Link("chart", "/api/v1/statistics/charts/returns-by-citizenship.svg?period=" + period));
        }
        return table.withLinks(links);
    }

    private EilSnapshot withSuppression(EilSnapshot snapshot) {
        return new EilSnapshot(snapshot.id(), snapshot.frozenAt(), snapshot.frozenBy(), snapshot.sha256(),
                snapshot.table().suppressedBelow(suppressBelow()));
    }

    /** Analysts may not see individual cases, so small counts are withheld from them (domain.md §5.6). */
    private int suppressBelow() {
        return actor.get().role() == Role.ANALYST ? settings.smallCellThreshold() : 0;
    }

    private static EilDataset dataset(String code) {
        return EilDataset.byCode(code).orElseThrow(() -> new InvalidRequestException("dataset",
                "is not an EIL dataset; use migr_eiord, migr_eirtn, migr_eirt_vol, migr_eirt_ass or migr_eipre"));
    }

    private static ResponseEntity<String> csv(EilTable table, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .body(EilCsv.write(table));
    }
}
