package jp.tsumugi.web.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's accounts page: logins for its own office, its members and its workers. A new account and a reset
 * get a one-time password, shown once, that the user must replace at the first login (no e-mail server needed).
 */
@Controller
class AccountsController {

    private final UserAccountRepository accounts;
    private final MemberRepository members;
    private final WorkerRepository workers;
    private final PasswordEncoder encoder;

    AccountsController(UserAccountRepository accounts, MemberRepository members, WorkerRepository workers,
            PasswordEncoder encoder) {
        this.accounts = accounts;
        this.members = members;
        this.workers = workers;
        this.encoder = encoder;
    }

    record AccountForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.@-]{3,100}") String username, @NotNull Role role,
            Long memberId, Long workerId) {
    }

    /**
     * The accounts page. Opened from a member's or a worker's page ({@code ?member=id} / {@code ?worker=id}), the
     * new-account form is filled in for them (the role, the link and the code as a suggested user name); an id of
     * another cooperative is ignored.
     */
    @GetMapping("/accounts")
    String list(@AuthenticationPrincipal TsumugiUser user,
            @org.springframework.web.bind.annotation.RequestParam(name = "member", required = false) Long memberId,
            @org.springframework.web.bind.annotation.RequestParam(name = "worker", required = false) Long workerId,
            Model model) {
        if (!model.containsAttribute("accountForm")) {
            long c = user.getCooperativeId();
            AccountForm form = new AccountForm("", Role.MEMBER, null, null);
            if (memberId != null) {
                form = members.findByIdAndCooperativeId(memberId, c)
                        .map(m -> new AccountForm(m.getCode(), Role.MEMBER, m.getId(), null)).orElse(form);
            } else if (workerId != null) {
                form = workers.findByIdAndCooperativeId(workerId, c)
                        .map(w -> new AccountForm(w.getCode(), Role.WORKER, null, w.getId())).orElse(form);
            }
            model.addAttribute("accountForm", form);
        }
        addLists(user, model);
        return "accounts/list";
    }

    @PostMapping("/accounts")
    @Transactional
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("accountForm") AccountForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        if (form.role() == Role.SUPPORT_ADMIN) {
            result.rejectValue("role", "accounts.role.invalid");
        }
        if (form.username() != null && accounts.existsByUsername(form.username())) {
            result.rejectValue("username", "accounts.username.taken");
        }
        String displayName = null;
        if (form.role() == Role.MEMBER) {
            var member = form.memberId() == null ? null : members.findByIdAndCooperativeId(form.memberId(), c).orElse(null);
            if (member == null) {
                result.rejectValue("memberId", "accounts.member.required");
            } else {
                displayName = member.getName();
            }
        } else if (form.role() == Role.WORKER) {
            var worker = form.workerId() == null ? null : workers.findByIdAndCooperativeId(form.workerId(), c).orElse(null);
            if (worker == null) {
                result.rejectValue("workerId", "accounts.worker.required");
            } else {
                displayName = worker.getName();
            }
        } else {
            displayName = form.username();
        }
        if (result.hasErrors()) {
            addLists(user, model);
            return "accounts/list";
        }
        String password = OneTimePasswords.generate();
        UserAccount account = new UserAccount(c, form.username(), encoder.encode(password), form.role(), displayName);
        account.setMemberId(form.role() == Role.MEMBER ? form.memberId() : null);
        account.setWorkerId(form.role() == Role.WORKER ? form.workerId() : null);
        account.setMustChangePassword(true);
        accounts.save(account);
        redirect.addFlashAttribute("oneTimeUser", account.getUsername());
        redirect.addFlashAttribute("oneTimePassword", password);
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/reset")
    @Transactional
    String reset(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = own(user, id);
        String password = OneTimePasswords.generate();
        account.setPasswordHash(encoder.encode(password));
        account.setMustChangePassword(true);
        account.setFailedAttempts(0);
        account.setLockedUntil(null);
        accounts.save(account);
        redirect.addFlashAttribute("oneTimeUser", account.getUsername());
        redirect.addFlashAttribute("oneTimePassword", password);
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/enabled")
    @Transactional
    String enable(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam boolean enabled, RedirectAttributes redirect) {
        UserAccount account = own(user, id);
        if (account.getId().equals(user.getAccountId()) && !enabled) {
            redirect.addFlashAttribute("flash", "accounts.notSelf");
            return "redirect:/accounts";
        }
        account.setEnabled(enabled);
        accounts.save(account);
        redirect.addFlashAttribute("flash", enabled ? "accounts.enabled" : "accounts.disabled");
        return "redirect:/accounts";
    }

    private UserAccount own(TsumugiUser user, long id) {
        return accounts.findByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void addLists(TsumugiUser user, Model model) {
        long c = user.getCooperativeId();
        model.addAttribute("accounts", accounts.findByCooperativeIdOrderByRoleAscUsernameAsc(c));
        model.addAttribute("members", members.findByCooperativeIdOrderByCode(c));
        model.addAttribute("workers", workers.findByCooperativeIdOrderByCode(c));
        model.addAttribute("roles", java.util.List.of(Role.SECRETARIAT, Role.MEMBER, Role.WORKER));
    }
}
