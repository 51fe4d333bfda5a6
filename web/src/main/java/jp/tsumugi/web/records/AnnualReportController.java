package jp.tsumugi.web.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.plans.Plan;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The annual report (事業実績報告) for a fiscal year of the signed-in secretariat's cooperative, as a printable page
 * and as xlsx. Without a year: the fiscal year of the newest plan (else the current one).
 */
@Controller
class AnnualReportController {

    private final RecordSource source;
    private final CooperativeRepository cooperatives;
    private final RecordSettingsRepository settings;
    private final AnnualReportBuilder builder;
    private final RecordsWorkbook workbook;

    AnnualReportController(RecordSource source, CooperativeRepository cooperatives, RecordSettingsRepository settings,
            AnnualReportBuilder builder, RecordsWorkbook workbook) {
        this.source = source;
        this.cooperatives = cooperatives;
        this.settings = settings;
        this.builder = builder;
        this.workbook = workbook;
    }

    @GetMapping("/records/annual")
    String annual(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) String year,
            Model model) {
        int fiscalYear = year(user, year);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("years", years(user, fiscalYear));
        model.addAttribute("report", report(user, fiscalYear));
        return "records/annual";
    }

    @GetMapping("/records/annual.xlsx")
    ResponseEntity<byte[]> annualXlsx(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) String year, Locale locale) {
        int fiscalYear = year(user, year);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RecordsWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("annual-report-" + fiscalYear + ".xlsx").build().toString())
                .body(workbook.annual(report(user, fiscalYear), locale));
    }

    private AnnualReport report(TsumugiUser user, int fiscalYear) {
        long c = user.getCooperativeId();
        Cooperative cooperative = cooperatives.findById(c)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RecordSettings values = settings.findFirstByCooperativeId(c).orElseGet(() -> new RecordSettings(c));
        return builder.build(cooperative, fiscalYear, values);
    }

    /** The year asked for (the year its April falls in), else the newest plan's; 400 when it is not a year. */
    private int year(TsumugiUser user, String text) {
        if (text == null || text.isBlank()) {
            return source.plans(user.getCooperativeId()).stream().findFirst()
                    .map(plan -> AnnualReportBuilder.fiscalYearOf(plan.getFrom()))
                    .orElseGet(() -> AnnualReportBuilder.fiscalYearOf(java.time.LocalDate.now(RecordsController.JAPAN)));
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year < 2000 || year > 2100) {
                throw new NumberFormatException(text);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be a fiscal year such as 2026");
        }
    }

    /** The fiscal years the cooperative's plans touch, and the chosen one. */
    private List<Integer> years(TsumugiUser user, int chosen) {
        int first = chosen;
        int last = chosen;
        for (Plan plan : source.plans(user.getCooperativeId())) {
            first = Math.min(first, AnnualReportBuilder.fiscalYearOf(plan.getFrom()));
            last = Math.max(last, AnnualReportBuilder.fiscalYearOf(plan.getTo()));
        }
        List<Integer> years = new ArrayList<>();
        for (int y = last; y >= first; y--) {
            years.add(y);
        }
        return years;
    }
}
