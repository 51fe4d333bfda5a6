package jp.tsumugi.web.workers;

import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.Optional;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.cooperative.Cooperative;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Leave (年休), days off and times a worker cannot work: list by worker and month, add, delete. */
@Controller
class AvailabilityController {

    private static final String LIST = "availability/list";

    private final AvailabilityService service;

    private final WorkerService workers;

    AvailabilityController(AvailabilityService service, WorkerService workers) {
        this.service = service;
        this.workers = workers;
    }

    @GetMapping("/availability")
    String list(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long worker,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AvailabilityForm entry = new AvailabilityForm();
        entry.setWorkerId(worker);
        model.addAttribute("entry", entry);
        return show(user, worker, month, page, model);
    }

    @PostMapping("/availability")
    String add(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("entry") AvailabilityForm form,
            BindingResult result, @RequestParam(name = "filterWorker", required = false) Long filterWorker,
            @RequestParam(name = "filterMonth", required = false) @DateTimeFormat(pattern = "yyyy-MM")
            YearMonth filterMonth, Model model, RedirectAttributes redirect) {
        long cooperativeId = user.getCooperativeId();
        Cooperative cooperative = service.cooperative(cooperativeId);
        form.checkCrossFields(result, cooperative.getPlanFrom(), cooperative.getPlanTo());
        if (!result.hasErrors()) {
            service.add(cooperativeId, form, result);
        }
        if (result.hasErrors()) {
            return show(user, filterWorker, filterMonth, 0, model);
        }
        redirect.addFlashAttribute("flash", "availability.flash.added");
        return "redirect:" + listUrl(filterWorker, filterMonth);
    }

    @PostMapping("/availability/{id}/delete")
    String delete(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @RequestParam(name = "filterWorker", required = false) Long filterWorker,
            @RequestParam(name = "filterMonth", required = false) @DateTimeFormat(pattern = "yyyy-MM")
            YearMonth filterMonth, RedirectAttributes redirect) {
        service.delete(user.getCooperativeId(), id);
        redirect.addFlashAttribute("flash", "availability.flash.deleted");
        return "redirect:" + listUrl(filterWorker, filterMonth);
    }

    private String show(TsumugiUser user, Long worker, YearMonth month, int page, Model model) {
        long cooperativeId = user.getCooperativeId();
        model.addAttribute("rows", service.search(cooperativeId, worker, month,
                PageRequest.of(Math.max(page, 0), WorkerController.PAGE_SIZE, Sort.by("date", "id"))));
        model.addAttribute("filterWorker", worker);
        model.addAttribute("filterMonth", month);
        model.addAttribute("workers", workers.all(cooperativeId));
        model.addAttribute("kinds", AvailabilityKind.values());
        model.addAttribute("cooperative", service.cooperative(cooperativeId));
        model.addAttribute("pageUrl", listUrl(worker, month));
        return LIST;
    }

    private static String listUrl(Long worker, YearMonth month) {
        return UriComponentsBuilder.fromPath("/availability")
                .queryParamIfPresent("worker", Optional.ofNullable(worker))
                .queryParamIfPresent("month", Optional.ofNullable(month))
                .build().toUriString();
    }
}
