package jp.tsumugi.web.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the documents print about the cooperative: インボイス registration number, tax rate, address, payment note. */
@Controller
class RecordSettingsController {

    private final RecordSettingsRepository settings;

    RecordSettingsController(RecordSettingsRepository settings) {
        this.settings = settings;
    }

    record RecordSettingsForm(
            @Pattern(regexp = "^(T[0-9]{13})?$", message = "{records.settings.registrationNumber.invalid}")
            String invoiceRegistrationNumber,
            @NotNull @Min(0) @Max(100) Integer consumptionTaxPercent,
            @Size(max = 255) String issuerAddress,
            @Size(max = 40) String issuerPhone,
            @Size(max = 500) String paymentNote) {
    }

    @GetMapping("/records/settings")
    String form(@AuthenticationPrincipal TsumugiUser user, Model model) {
        RecordSettings current = current(user);
        model.addAttribute("form", new RecordSettingsForm(current.getInvoiceRegistrationNumber(),
                current.getConsumptionTaxPercent(), current.getIssuerAddress(), current.getIssuerPhone(),
                current.getPaymentNote()));
        return "records/settings";
    }

    @PostMapping("/records/settings")
    String save(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("form") RecordSettingsForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "records/settings";
        }
        RecordSettings current = current(user);
        current.setInvoiceRegistrationNumber(blankToNull(form.invoiceRegistrationNumber()));
        current.setConsumptionTaxPercent(form.consumptionTaxPercent());
        current.setIssuerAddress(blankToNull(form.issuerAddress()));
        current.setIssuerPhone(blankToNull(form.issuerPhone()));
        current.setPaymentNote(blankToNull(form.paymentNote()));
        settings.save(current);
        redirect.addFlashAttribute("flash", "records.settings.saved");
        return "redirect:/records/settings";
    }

    private RecordSettings current(TsumugiUser user) {
        return settings.findFirstByCooperativeId(user.getCooperativeId())
                .orElseGet(() -> new RecordSettings(user.getCooperativeId()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
