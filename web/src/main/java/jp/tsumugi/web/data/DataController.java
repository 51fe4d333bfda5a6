package jp.tsumugi.web.data;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetProblem;
import jp.tsumugi.fixtures.dataset.DatasetReadResult;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.fixtures.dataset.DatasetWriter;
import jp.tsumugi.fixtures.dataset.InvalidDatasetException;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.dataset.PublishedRecordsException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import and export of the cooperative's whole planning year as one {@code tsumugi-dataset/1} file. An import is
 * checked first and shown for confirmation, because it replaces everything; the file waits in the session meanwhile.
 */
@Controller
@RequestMapping("/data")
class DataController {

    /** A checked upload waiting for the user's confirmation. */
    record PendingImport(String token, long cooperativeId, String fileName, byte[] json) implements java.io.Serializable {
    }

    /** How many of each kind a dataset holds: what the confirmation and the success message show. */
    record Counts(int skills, int jobTypes, int members, int sites, int workers, int demandPatterns) {

        static Counts of(Dataset d) {
            return new Counts(d.skills().size(), d.jobTypes().size(), d.members().size(), d.sites().size(),
                    d.workers().size(), d.demandPatterns().size());
        }

        Object[] arguments() {
            return new Object[] {skills, jobTypes, members, sites, workers, demandPatterns};
        }
    }

    /** One problem of an uploaded file, as the page lists it. */
    record Problem(String path, String message) {
    }

    static final String PENDING = DataController.class.getName() + ".pending";

    static final String IMPORTED_PLAN_NAME = "imported";

    private final CooperativeDatasets datasets;

    private final CooperativeRepository cooperatives;

    DataController(CooperativeDatasets datasets, CooperativeRepository cooperatives) {
        this.datasets = datasets;
        this.cooperatives = cooperatives;
    }

    @GetMapping
    String page(@AuthenticationPrincipal TsumugiUser user, Model model) {
        Cooperative cooperative = cooperative(user);
        model.addAttribute("cooperative", cooperative);
        model.addAttribute("current", cooperative.getPlanFrom() == null ? null
                : Counts.of(datasets.export(cooperative.getId())));
        return "data/index";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal TsumugiUser user) {
        Cooperative cooperative = cooperative(user);
        if (cooperative.getPlanFrom() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "nothing to export yet");
        }
        byte[] json = DatasetWriter.toBytes(datasets.export(cooperative.getId()));
        String fileName = "tsumugi-" + cooperative.getCode() + "-" + cooperative.getPlanFrom() + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(json);
    }

    /** Checks the uploaded file; a valid one is shown for confirmation, an invalid one with every problem. */
    @PostMapping("/import")
    String upload(@AuthenticationPrincipal TsumugiUser user, @RequestParam("file") MultipartFile file,
            HttpSession session, Locale locale, Model model) throws IOException {
        Cooperative cooperative = cooperative(user);
        model.addAttribute("cooperative", cooperative);
        if (file.isEmpty()) {
            model.addAttribute("uploadError", new DefaultMessageSourceResolvable("data.import.noFile"));
            model.addAttribute("current", currentCounts(cooperative));
            return "data/index";
        }
        byte[] json = file.getBytes();
        DatasetReadResult read = DatasetReader.read(json);
        if (!read.isValid()) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("problems", problems(read.problems(), locale));
            model.addAttribute("current", currentCounts(cooperative));
            return "data/index";
        }
        Dataset dataset = read.dataset().orElseThrow();
        PendingImport pending = new PendingImport(UUID.randomUUID().toString(), cooperative.getId(),
                file.getOriginalFilename(), json);
        session.setAttribute(PENDING, pending);
        model.addAttribute("pending", pending);
        model.addAttribute("dataset", dataset);
        model.addAttribute("incoming", Counts.of(dataset));
        model.addAttribute("current", currentCounts(cooperative));
        return "data/confirm";
    }

    /** Replaces the year by the confirmed file, all or nothing. */
    @PostMapping("/import/confirm")
    String confirm(@AuthenticationPrincipal TsumugiUser user, @RequestParam String token, HttpSession session,
            Locale locale, Model model, RedirectAttributes redirect) {
        Cooperative cooperative = cooperative(user);
        PendingImport pending = session.getAttribute(PENDING) instanceof PendingImport p ? p : null;
        if (pending == null || !pending.token().equals(token) || pending.cooperativeId() != cooperative.getId()) {
            redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable("data.import.expired"));
            return "redirect:/data";
        }
        session.removeAttribute(PENDING);
        Dataset dataset = DatasetReader.read(pending.json()).orElseThrow();
        try {
            datasets.replaceAll(cooperative.getId(), dataset, IMPORTED_PLAN_NAME);
        } catch (PublishedRecordsException e) {
            redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(e.messageKey()));
            return "redirect:/data";
        } catch (jp.tsumugi.web.dataset.ContractRecordsException e) {
            redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable("contracts.import.refused"));
            return "redirect:/data";
        } catch (InvalidDatasetException e) {
            model.addAttribute("cooperative", cooperative);
            model.addAttribute("fileName", pending.fileName());
            model.addAttribute("problems", problems(e.getProblems(), locale));
            model.addAttribute("current", currentCounts(cooperative));
            return "data/index";
        }
        redirect.addFlashAttribute("notice", new DefaultMessageSourceResolvable(new String[] {"data.import.done"},
                Counts.of(dataset).arguments()));
        return "redirect:/data";
    }

    @PostMapping("/import/cancel")
    String cancel(HttpSession session, RedirectAttributes redirect) {
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("notice", new DefaultMessageSourceResolvable("data.import.cancelled"));
        return "redirect:/data";
    }

    private Counts currentCounts(Cooperative cooperative) {
        return cooperative.getPlanFrom() == null ? null : Counts.of(datasets.export(cooperative.getId()));
    }

    private Cooperative cooperative(TsumugiUser user) {
        return cooperatives.findById(user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<Problem> problems(List<DatasetProblem> problems, Locale locale) {
        return problems.stream().map(p -> new Problem(p.path(), p.message(locale))).toList();
    }
}
