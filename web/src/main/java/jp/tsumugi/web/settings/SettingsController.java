package jp.tsumugi.web.settings;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import jp.tsumugi.fixtures.dataset.ConstraintWeights;
import jp.tsumugi.solver.explain.Explanations;
import jp.tsumugi.solver.domain.RestDayRule;
import jp.tsumugi.solver.domain.WorkingTimeRegime;
import jp.tsumugi.solver.score.RosterConstraintProvider;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cooperative's planning settings (domain.md §6) and its own rule weights, on one page. */
@Controller
@RequestMapping("/settings")
class SettingsController {

    /** One row of the weights table: what the rule is, its level and its default weight on that level. */
    record Rule(String id, String title, String level, long defaultWeight) {
    }

    private final SettingsService service;

    SettingsController(SettingsService service) {
        this.service = service;
    }

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("regimes", WorkingTimeRegime.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("restDayRules", RestDayRule.values());
        model.addAttribute("defaults", SettingsDefaults.fromSolver());
        model.addAttribute("rules", rules(locale));
    }

    @GetMapping
    String form(@AuthenticationPrincipal TsumugiUser user, Model model) {
        model.addAttribute("form", service.form(user.getCooperativeId()));
        return "settings/form";
    }

    @PostMapping
    String save(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("form") SettingsForm form,
            BindingResult result, RedirectAttributes redirect) {
        List<String> ruleIds = SettingsService.ruleIds();
        if (!form.getWeights().stream().map(SettingsForm.WeightRow::getId).toList().equals(ruleIds)) {
            // A page from before the rules changed: line its weights up with today's rules and let the user check.
            Map<String, Long> posted = new HashMap<>();
            form.getWeights().stream().filter(row -> row.getId() != null)
                    .forEach(row -> posted.put(row.getId(), row.getWeight()));
            form.setWeights(new ArrayList<>(
                    ruleIds.stream().map(id -> new SettingsForm.WeightRow(id, posted.get(id))).toList()));
            result.reject("masterdata.conflict");
        }
        if (result.hasErrors()) {
            return "settings/form";
        }
        try {
            service.save(user.getCooperativeId(), form);
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("masterdata.conflict");
            return "settings/form";
        }
        redirect.addFlashAttribute("notice", new DefaultMessageSourceResolvable("settings.saved"));
        return "redirect:/settings";
    }

    private static List<Rule> rules(Locale locale) {
        var defaults = RosterConstraintProvider.defaultWeights();
        return ConstraintWeights.levels().entrySet().stream().map(entry -> {
            var weight = defaults.get(entry.getKey());
            long value = switch (entry.getValue()) {
                case HARD -> weight.hardScore();
                case MEDIUM -> weight.mediumScore();
                case SOFT -> weight.softScore();
            };
            return new Rule(entry.getKey(), Explanations.title(entry.getKey(), locale), entry.getValue().name(),
                    Math.abs(value));
        }).toList();
    }
}
