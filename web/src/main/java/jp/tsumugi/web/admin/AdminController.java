package jp.tsumugi.web.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tsumugi.web.accounts.OneTimePasswords;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.UserAccount;
import jp.tsumugi.web.accounts.UserAccountRepository;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The host's support administrator: creates cooperatives and each one's first secretariat login (one-time password).
 * Sees cooperatives' names and codes only, none of their planning data.
 */
@Controller
class AdminController {

    private final CooperativeRepository cooperatives;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    AdminController(CooperativeRepository cooperatives, UserAccountRepository accounts, PasswordEncoder encoder) {
        this.cooperatives = cooperatives;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    record CooperativeForm(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,64}") String code,
            @NotBlank @Size(max = 255) String name,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_.@-]{3,100}") String username) {
    }

    @GetMapping("/admin")
    String list(Model model) {
        model.addAttribute("cooperatives", cooperatives.findAllByOrderByCodeAsc());
        if (!model.containsAttribute("cooperativeForm")) {
            model.addAttribute("cooperativeForm", new CooperativeForm("", "", ""));
        }
        return "admin/cooperatives";
    }

    @PostMapping("/admin/cooperatives")
    @Transactional
    String create(@Valid @ModelAttribute("cooperativeForm") CooperativeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.code() != null && cooperatives.findByCode(form.code()).isPresent()) {
            result.rejectValue("code", "admin.code.taken");
        }
        if (form.username() != null && accounts.existsByUsername(form.username())) {
            result.rejectValue("username", "accounts.username.taken");
        }
        if (result.hasErrors()) {
            model.addAttribute("cooperatives", cooperatives.findAllByOrderByCodeAsc());
            return "admin/cooperatives";
        }
        Cooperative cooperative = cooperatives.save(new Cooperative(form.code(), form.name().strip()));
        String password = OneTimePasswords.generate();
        UserAccount account = new UserAccount(cooperative.getId(), form.username(), encoder.encode(password),
                Role.SECRETARIAT, form.name().strip());
        account.setMustChangePassword(true);
        accounts.save(account);
        redirect.addFlashAttribute("oneTimeUser", form.username());
        redirect.addFlashAttribute("oneTimePassword", password);
        return "redirect:/admin";
    }
}
