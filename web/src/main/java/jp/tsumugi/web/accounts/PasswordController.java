package jp.tsumugi.web.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user changes their own password here; after a one-time password they are sent here first. */
@Controller
class PasswordController {

    static final int MIN_LENGTH = 10;

    private final UserAccountRepository accounts;

    private final PasswordEncoder encoder;

    PasswordController(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    record PasswordForm(@NotBlank String current, @NotBlank String password, @NotBlank String confirmation) {
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal TsumugiUser user, Model model) {
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("mustChange", accounts.findByUsername(user.getUsername())
                .map(UserAccount::isMustChangePassword).orElse(false));
        return "accounts/password";
    }

    @PostMapping("/account/password")
    @Transactional
    String change(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccount account = accounts.findByUsername(user.getUsername()).orElseThrow();
        if (form.current() != null && !encoder.matches(form.current(), account.getPasswordHash())) {
            result.rejectValue("current", "password.current.wrong");
        }
        if (form.password() != null && form.password().length() < MIN_LENGTH) {
            result.rejectValue("password", "password.tooShort", new Object[] {MIN_LENGTH}, null);
        } else if (form.password() != null && form.password().equalsIgnoreCase(user.getUsername())) {
            result.rejectValue("password", "password.sameAsUsername");
        } else if (form.password() != null && form.current() != null && form.password().equals(form.current())) {
            result.rejectValue("password", "password.unchanged");
        }
        if (form.password() != null && !form.password().equals(form.confirmation())) {
            result.rejectValue("confirmation", "password.mismatch");
        }
        if (result.hasErrors()) {
            model.addAttribute("mustChange", account.isMustChangePassword());
            return "accounts/password";
        }
        account.setPasswordHash(encoder.encode(form.password()));
        account.setMustChangePassword(false);
        accounts.save(account);
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/account/password/done";
    }

    @GetMapping("/account/password/done")
    String done() {
        return "accounts/password-done";
    }
}
