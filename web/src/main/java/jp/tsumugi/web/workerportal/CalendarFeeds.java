package jp.tsumugi.web.workerportal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's private iCalendar feed: a secret token in the URL (32 random bytes, URL-safe Base64) that phone calendars
 * subscribe to, and the feed itself with one event per published slot, in Asia/Tokyo.
 */
@Service
class CalendarFeeds {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static final int TOKEN_BYTES = 32;

    /** What a token looks like; anything else is not looked up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /**
     * The feed's window, in days before and after today (Asia/Tokyo): a phone calendar keeps the events it has already
     * fetched, so the feed need only carry the recent past (two months, enough to check last month's hours) and what
     * is planned (a planning year, up to 13 months ahead). Limiting it keeps every refresh small however many years
     * of published plans the cooperative holds.
     */
    static final int DAYS_BEFORE = 60;

    static final int DAYS_AHEAD = 400;

    private final SecureRandom random = new SecureRandom();
    private final CalendarTokenRepository tokens;
    private final WorkerRepository workers;
    private final PublishedSchedule schedule;
    private final MessageSource messages;

    CalendarFeeds(CalendarTokenRepository tokens, WorkerRepository workers, PublishedSchedule schedule,
            MessageSource messages) {
        this.tokens = tokens;
        this.workers = workers;
        this.schedule = schedule;
        this.messages = messages;
    }

    /** The worker's active feed address (its creation time; the token itself is not kept). */
    @Transactional(readOnly = true)
    Optional<CalendarToken> active(Worker worker) {
        return tokens.findByCooperativeIdAndWorkerIdAndRevokedAtIsNull(worker.getCooperativeId(), worker.getId())
                .stream().findFirst();
    }

    /** Revokes the worker's feed addresses and makes a new one; returns its token, which is shown once. */
    @Transactional
    String renew(Worker worker) {
        OffsetDateTime now = OffsetDateTime.now();
        revoke(worker, now);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new CalendarToken(worker.getCooperativeId(), worker.getId(), hash(token), now));
        return token;
    }

    @Transactional
    void revoke(Worker worker) {
        revoke(worker, OffsetDateTime.now());
    }

    private void revoke(Worker worker, OffsetDateTime now) {
        for (CalendarToken old : tokens.findByCooperativeIdAndWorkerIdAndRevokedAtIsNull(worker.getCooperativeId(),
                worker.getId())) {
            old.revoke(now);
            tokens.save(old);
        }
    }

    /** The feed of the token's worker, or empty for an unknown or revoked token. */
    @Transactional(readOnly = true)
    Optional<String> feed(String token, java.util.Locale locale) {
        return feed(token, locale, Today.date());
    }

    /** The feed as of a given day: events from {@link #DAYS_BEFORE} days before it to {@link #DAYS_AHEAD} after. */
    @Transactional(readOnly = true)
    Optional<String> feed(String token, java.util.Locale locale, LocalDate today) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(token))
                .flatMap(t -> workers.findByIdAndCooperativeId(t.getWorkerId(), t.getCooperativeId()))
                .map(worker -> render(worker, schedule.forWorker(worker.getCooperativeId(), worker,
                        today.minusDays(DAYS_BEFORE), today.plusDays(DAYS_AHEAD)), locale));
    }

    private String render(Worker worker, PublishedSchedule.Schedule published, java.util.Locale locale) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone tokyo = registry.getTimeZone(TOKYO.getId()).getVTimeZone();
        var calendar = new Calendar()
                .withProdId("-//Tsumugi//Worker schedule//JA")
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME",
                        messages.getMessage("workerportal.feed.calendarName", new Object[] {worker.getName()}, locale)))
                .withProperty(new XProperty("X-WR-TIMEZONE", TOKYO.getId()))
                .withComponent(tokyo)
                .getFluentTarget();
        for (PublishedSchedule.Shift shift : published.shifts()) {
            if (shift.start() == null) {
                continue;
            }
            VEvent event = new VEvent(shift.start().atZone(TOKYO), shift.end().atZone(TOKYO),
                    shift.memberName() + " / " + shift.siteName());
            event.add(new Uid(shift.slotKey() + "@tsumugi"));
            if (shift.siteAddress() != null && !shift.siteAddress().isBlank()) {
                event.add(new Location(shift.siteAddress()));
            }
            StringBuilder description = new StringBuilder(shift.jobTypeName());
            if (shift.note() != null && !shift.note().isBlank()) {
                description.append('\n').append(shift.note());
            }
            if (shift.weather() != null) {
                description.append('\n').append(shift.weather().text(messages, locale));
            }
            event.add(new Description(description.toString()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
