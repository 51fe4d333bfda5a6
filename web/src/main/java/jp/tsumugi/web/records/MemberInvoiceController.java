package jp.tsumugi.web.records;

import java.util.Locale;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.members.Member;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The member portal's invoices: the member's own, for the months a published roster covers, as a page and as xlsx. */
@Controller
class MemberInvoiceController {

    private final MemberInvoices invoices;
    private final RecordsWorkbook workbook;

    MemberInvoiceController(MemberInvoices invoices, RecordsWorkbook workbook) {
        this.invoices = invoices;
        this.workbook = workbook;
    }

    @GetMapping("/member/invoices")
    String list(@AuthenticationPrincipal TsumugiUser user, Model model) {
        Member member = invoices.member(user);
        model.addAttribute("member", member);
        model.addAttribute("months", invoices.months(member));
        return "records/member-invoices";
    }

    @GetMapping("/member/invoices/{month}")
    String show(@AuthenticationPrincipal TsumugiUser user, @PathVariable String month, Model model) {
        Member member = invoices.member(user);
        model.addAttribute("invoice", invoices.invoice(member, month));
        return "records/member-invoice";
    }

    @GetMapping("/member/invoices/{month}.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal TsumugiUser user, @PathVariable String month,
            Locale locale) {
        Member member = invoices.member(user);
        Invoice invoice = invoices.invoice(member, month);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RecordsWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("invoice-" + member.getCode() + "-" + invoice.month() + ".xlsx").build().toString())
                .body(workbook.invoice(invoice, locale));
    }
}
