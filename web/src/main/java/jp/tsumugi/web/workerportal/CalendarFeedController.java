package jp.tsumugi.web.workerportal;

import java.util.Locale;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.workers.Worker;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The worker's private calendar feed: the page that makes (and revokes) its address, and the public feed, which
 * authenticates by the secret token in its URL.
 */
@Controller
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final MyWorker myWorker;
    private final CalendarFeeds feeds;

    CalendarFeedController(MyWorker myWorker, CalendarFeeds feeds) {
        this.myWorker = myWorker;
        this.feeds = feeds;
    }

    @GetMapping("/worker/calendar-feed")
    String page(@AuthenticationPrincipal TsumugiUser user, Model model) {
        Worker worker = myWorker.of(user);
        CalendarToken active = feeds.active(worker).orElse(null);
        model.addAttribute("active", active);
        model.addAttribute("activeSince", active == null ? null
                : active.getCreatedAt().atZoneSameInstant(CalendarFeeds.TOKYO).toLocalDateTime()
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' '));
        return "workerportal/feed";
    }

    @PostMapping("/worker/calendar-feed")
    String renew(@AuthenticationPrincipal TsumugiUser user, RedirectAttributes redirect) {
        String token = feeds.renew(myWorker.of(user));
        // Shown once, on the page the redirect leads to; only its hash is stored.
        redirect.addFlashAttribute("feedUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/ical/{token}.ics").build(token)
                        .toString());
        return "redirect:/worker/calendar-feed";
    }

    @PostMapping("/worker/calendar-feed/revoke")
    String revoke(@AuthenticationPrincipal TsumugiUser user, RedirectAttributes redirect) {
        feeds.revoke(myWorker.of(user));
        redirect.addFlashAttribute("flash", "workerportal.feed.revoked");
        return "redirect:/worker/calendar-feed";
    }

    @GetMapping("/ical/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
        return feeds.feed(token, locale)
                .map(body -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Robots-Tag", "noindex")
                        .body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
