package jp.tsumugi.web.imports;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel and CSV imports of the secretariat's master data: upload, check and preview, then confirm. The checked file
 * waits in the session with what the preview promised; the confirmation imports it only if that still holds.
 */
@Controller
@RequestMapping("/data/imports")
class ImportController {

    /** A checked file waiting for the confirmation. */
    record PendingImport(String token, long cooperativeId, ImportKind kind, String fileName, byte[] bytes,
            LinkedHashMap<String, Long> fingerprint) implements java.io.Serializable {
    }

    static final String PENDING = ImportController.class.getName() + ".pending";

    private final ImportService service;

    private final ImportTemplates templates;

    ImportController(ImportService service, ImportTemplates templates) {
        this.service = service;
        this.templates = templates;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "workers") String kind, Model model) {
        model.addAttribute("kind", ImportKind.of(kind).orElse(ImportKind.WORKERS));
        return index(model);
    }

    /** The empty file to fill in: xlsx (with an explanation sheet) or CSV (UTF-8 with BOM). */
    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "workers") String kind,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        ImportKind k = ImportKind.of(kind).orElse(ImportKind.WORKERS);
        boolean csv = "csv".equals(format);
        String fileName = "tsumugi-" + k.key() + "-template." + (csv ? "csv" : "xlsx");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(csv ? templates.csv(k) : templates.xlsx(k, locale));
    }

    /** Checks the upload; shows what it would do, or every problem (and then imports nothing). */
    @PostMapping("/preview")
    String preview(@AuthenticationPrincipal TsumugiUser user, @RequestParam(defaultValue = "workers") String kind,
            @RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Locale locale,
            Model model) throws IOException {
        ImportKind k = ImportKind.of(kind).orElse(ImportKind.WORKERS);
        model.addAttribute("kind", k);
        session.removeAttribute(PENDING);
        if (file == null || file.isEmpty()) {
            model.addAttribute("refusal", new DefaultMessageSourceResolvable("imports.refused.noFile"));
            return index(model);
        }
        if (file.getSize() > SheetReader.MAX_CSV_BYTES) {
            model.addAttribute("refusal", new DefaultMessageSourceResolvable(new String[] {"imports.refused.tooLarge"},
                    new Object[] {SheetReader.MAX_XLSX_BYTES / (1024 * 1024), SheetReader.MAX_CSV_BYTES / (1024 * 1024)}));
            return index(model);
        }
        byte[] bytes = file.getBytes();
        ImportPreview preview;
        try {
            preview = service.preview(user.getCooperativeId(), k, file.getOriginalFilename(), bytes, locale);
        } catch (ImportRefusedException refused) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("refusal", refused.reason());
            return index(model);
        }
        return showPreview(user, preview, bytes, session, model);
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) String token,
            HttpSession session, Locale locale, Model model, RedirectAttributes redirect) {
        PendingImport pending = session.getAttribute(PENDING) instanceof PendingImport p ? p : null;
        if (pending == null || !pending.token().equals(token) || pending.cooperativeId() != user.getCooperativeId()) {
            redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable("imports.expired"));
            return "redirect:/data/imports";
        }
        session.removeAttribute(PENDING);
        ImportPreview done;
        try {
            done = service.apply(user.getCooperativeId(), pending.kind(), pending.fileName(), pending.bytes(),
                    pending.fingerprint(), locale);
        } catch (ImportChangedException changed) {
            model.addAttribute("changed", true);
            return showPreview(user, changed.current(), pending.bytes(), session, model);
        } catch (DataAccessException | jakarta.persistence.PersistenceException race) {
            // a version or a new code taken by someone else while this very transaction ran: all rolled back
            redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable("imports.race"));
            return "redirect:/data/imports?kind=" + pending.kind().key();
        } catch (ImportRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.reason());
            return "redirect:/data/imports?kind=" + pending.kind().key();
        }
        redirect.addFlashAttribute("notice", new DefaultMessageSourceResolvable(new String[] {"imports.done"},
                new Object[] {done.fileName(), done.created().size(), done.updated().size()}));
        return "redirect:/data/imports?kind=" + pending.kind().key();
    }

    @PostMapping("/cancel")
    String cancel(HttpSession session, RedirectAttributes redirect) {
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("notice", new DefaultMessageSourceResolvable("imports.cancelled"));
        return "redirect:/data/imports";
    }

    private String showPreview(TsumugiUser user, ImportPreview preview, byte[] bytes, HttpSession session,
            Model model) {
        model.addAttribute("kind", preview.kind());
        model.addAttribute("preview", preview);
        if (preview.isImportable()) {
            PendingImport pending = new PendingImport(UUID.randomUUID().toString(), user.getCooperativeId(),
                    preview.kind(), preview.fileName(), bytes, new LinkedHashMap<>(preview.fingerprint()));
            session.setAttribute(PENDING, pending);
            model.addAttribute("token", pending.token());
        }
        return "imports/preview";
    }

    private String index(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        Map<ImportKind, java.util.List<String>> headers = new LinkedHashMap<>();
        for (ImportKind k : ImportKind.values()) {
            headers.put(k, templates.headers(k));
        }
        model.addAttribute("headers", headers);
        return "imports/index";
    }
}
