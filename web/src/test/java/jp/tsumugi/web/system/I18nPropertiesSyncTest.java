package jp.tsumugi.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps the pages translatable: no template may show text that does not come from
 * {@code messages*.properties}, and the English and Japanese files must hold the same keys,
 * the Japanese one actually translated. Templates are parsed with AttoParser (Thymeleaf's own
 * parser), so text is judged by the element it sits in rather than by the line it is on.
 */
class I18nPropertiesSyncTest {

    private static final String TEMPLATES = "classpath*:templates/**/*.html";

    /** Attributes whose value a person reads. */
    private static final Set<String> HUMAN_ATTRIBUTES =
            Set.of("alt", "title", "placeholder", "label", "aria-label", "aria-description", "aria-placeholder");

    /** {@code value} is shown to the user only on these input types. */
    private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");

    /** Attributes after which Thymeleaf throws away the element's markup body. */
    private static final Set<String> BODY_REPLACING = Set.of("text", "utext", "replace", "insert");

    /** Japanese values that may legitimately be plain ASCII: names that are not translated. */
    private static final Set<String> UNTRANSLATED_PROPER_NOUNS = Set.of("Tsumugi", "English");

    /**
     * A fragment expression that picks parts of the template it is in (the layout call
     * {@code ~{fragments/layout :: layout (~{::main})}}): those parts are rendered after all.
     */
    private static final Pattern SELECTS_FROM_ITSELF = Pattern.compile("~\\{\\s*(this\\s*)?::");

    private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#?[A-Za-z0-9]+);");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    @Test
    void templatesShowNoHardCodedText() throws IOException, ParseException {
        List<String> findings = new ArrayList<>();
        Resource[] templates = templates();
        assertThat(templates).as("templates found on the classpath").isNotEmpty();
        for (Resource template : templates) {
            findings.addAll(hardCodedText(nameOf(template), read(template)));
        }
        assertThat(findings).as("text in templates that does not come from messages*.properties").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Properties english = bundles("");
        Set<String> missing = new TreeSet<>();
        for (Resource template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(read(template));
            while (key.find()) {
                if (!english.containsKey(key.group(1))) {
                    missing.add(nameOf(template) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
    }

    @Test
    void englishAndJapaneseHoldTheSameKeys() throws IOException {
        Set<String> english = bundles("").stringPropertyNames();
        Set<String> japanese = bundles("_ja").stringPropertyNames();

        assertThat(english).as("messages.properties").isNotEmpty();
        assertThat(difference(english, japanese)).as("keys missing from messages_ja.properties").isEmpty();
        assertThat(difference(japanese, english)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void japaneseMessagesAreTranslated() throws IOException {
        Properties japanese = bundles("_ja");
        Set<String> untranslated = new TreeSet<>();
        Set<String> blank = new TreeSet<>();
        for (String key : japanese.stringPropertyNames()) {
            String value = japanese.getProperty(key);
            if (value.isBlank()) {
                blank.add(key);
            } else if (value.chars().allMatch(c -> c < 128) && !UNTRANSLATED_PROPER_NOUNS.contains(value.strip())) {
                untranslated.add(key + "=" + value);
            }
        }
        assertThat(blank).as("blank values in messages_ja.properties").isEmpty();
        assertThat(untranslated).as("ASCII-only values in messages_ja.properties").isEmpty();
    }

    /** The checker itself: it must catch what it is meant to catch, and only that. */
    @Test
    void detectorFindsHardCodedTextAndAcceptsMessages() throws ParseException {
        String page = """
                <html xmlns:th="http://www.thymeleaf.org"
                      th:replace="~{fragments/layout :: layout (~{::title}, ~{::main}, 'home')}">
                <head><title>Plain title</title><meta name="viewport" content="width=device-width"></head>
                <body>
                <main>
                  <h1 th:text="#{home.title}">prototype text is replaced</h1>
                  <div th:replace="~{fragments/parts :: part}">prototype text is replaced</div>
                  <p>[[#{home.intro}]] &nbsp; &mdash; / 2026</p>
                  <img src="a.png" alt="A picture">
                  <img src="b.png" alt="old" th:alt="#{home.title}">
                  <input type="submit" value="Send">
                  <input type="hidden" name="kind" value="machine">
                  <script>var letters = "ignored";</script>
                  <p>こんにちは</p>
                </main>
                </body>
                </html>
                """;

        assertThat(hardCodedText("sample.html", page))
                .containsExactly(
                        "sample.html:3 text \"Plain title\"",
                        "sample.html:9 <img> alt=\"A picture\"",
                        "sample.html:11 <input> value=\"Send\"",
                        "sample.html:14 text \"こんにちは\"");
    }

    static List<String> hardCodedText(String name, String markup) throws ParseException {
        HardCodedTextFinder finder = new HardCodedTextFinder(name);
        new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(markup, finder);
        return finder.findings;
    }

    /**
     * Walks the parse events of one template, keeping a stack that says whether the current
     * element's markup body reaches the rendered page at all.
     */
    private static final class HardCodedTextFinder extends AbstractMarkupHandler {

        private final String templateName;

        private final List<String> findings = new ArrayList<>();

        private final Deque<Boolean> discarded = new ArrayDeque<>();

        private String elementName;

        private int elementLine;

        private final Map<String, String> attributes = new LinkedHashMap<>();

        HardCodedTextFinder(String templateName) {
            this.templateName = templateName;
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
            startElement(new String(buffer, offset, length), line);
        }

        @Override
        public void handleStandaloneElementStart(
                char[] buffer, int offset, int length, boolean minimized, int line, int col) {
            startElement(new String(buffer, offset, length), line);
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLength, int nameLine, int nameCol,
                int operatorOffset, int operatorLength, int operatorLine, int operatorCol,
                int valueContentOffset, int valueContentLength, int valueOuterOffset, int valueOuterLength,
                int valueLine, int valueCol) {
            attributes.put(new String(buffer, nameOffset, nameLength).toLowerCase(Locale.ROOT),
                    new String(buffer, valueContentOffset, valueContentLength));
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int length, int line, int col) {
            checkAttributes();
            discarded.push(insideDiscardedBody() || bodyIsDiscarded(elementName, attributes));
        }

        @Override
        public void handleStandaloneElementEnd(
                char[] buffer, int offset, int length, boolean minimized, int line, int col) {
            checkAttributes();
        }

        @Override
        public void handleCloseElementEnd(char[] buffer, int offset, int length, int line, int col) {
            discarded.poll();
        }

        @Override
        public void handleAutoCloseElementEnd(char[] buffer, int offset, int length, int line, int col) {
            discarded.poll();
        }

        @Override
        public void handleText(char[] buffer, int offset, int length, int line, int col) {
            String text = new String(buffer, offset, length);
            if (!insideDiscardedBody() && hasLetters(text)) {
                int firstVisible = text.indexOf(text.strip());
                int textLine = line + (int) text.substring(0, firstVisible).chars().filter(c -> c == '\n').count();
                findings.add(templateName + ":" + textLine + " text \"" + text.strip() + "\"");
            }
        }

        private void startElement(String name, int line) {
            elementName = name;
            elementLine = line;
            attributes.clear();
        }

        private boolean insideDiscardedBody() {
            return Boolean.TRUE.equals(discarded.peek());
        }

        private void checkAttributes() {
            if (insideDiscardedBody()) {
                return;
            }
            attributes.forEach((attribute, value) -> {
                boolean shown = HUMAN_ATTRIBUTES.contains(attribute)
                        || (attribute.equals("value") && isButtonInput(elementName, attributes));
                if (shown && hasLetters(value) && !hasThymeleafAttribute(attributes, attribute)) {
                    findings.add(templateName + ":" + elementLine + " <" + elementName + "> " + attribute + "=\""
                            + value + "\"");
                }
            });
        }
    }

    private static boolean bodyIsDiscarded(String elementName, Map<String, String> attributes) {
        String name = elementName.toLowerCase(Locale.ROOT);
        if (name.equals("script") || name.equals("style")) {
            return true;
        }
        String remove = thymeleafAttribute(attributes, "remove");
        if (remove != null && (remove.contains("all") || remove.contains("body"))) {
            return true;
        }
        return BODY_REPLACING.stream()
                .map(attribute -> thymeleafAttribute(attributes, attribute))
                .anyMatch(value -> value != null && !SELECTS_FROM_ITSELF.matcher(value).find());
    }

    private static boolean hasThymeleafAttribute(Map<String, String> attributes, String attributeName) {
        if (thymeleafAttribute(attributes, attributeName) != null) {
            return true;
        }
        for (String multi : List.of("attr", "attrappend", "attrprepend")) {
            String value = thymeleafAttribute(attributes, multi);
            if (value != null && value.matches("(?s).*\\b" + Pattern.quote(attributeName) + "\\s*=.*")) {
                return true;
            }
        }
        return false;
    }

    private static String thymeleafAttribute(Map<String, String> attributes, String attribute) {
        String value = attributes.get("th:" + attribute);
        return value != null ? value : attributes.get("data-th-" + attribute);
    }

    private static boolean isButtonInput(String elementName, Map<String, String> attributes) {
        String type = attributes.get("type");
        return elementName.equalsIgnoreCase("input")
                && type != null
                && BUTTON_INPUT_TYPES.contains(type.toLowerCase(Locale.ROOT));
    }

    /** Symbols, digits, entities and inlined expressions are fine; letters are words. */
    private static boolean hasLetters(String content) {
        String rest = CHARACTER_REFERENCE.matcher(INLINED_EXPRESSION.matcher(content).replaceAll("")).replaceAll("");
        return rest.codePoints().anyMatch(Character::isLetter);
    }

    private static Resource[] templates() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(TEMPLATES);
    }

    private static String nameOf(Resource template) throws IOException {
        String url = template.getURL().toString();
        return url.substring(url.lastIndexOf("templates/"));
    }

    private static String read(Resource resource) throws IOException {
        return resource.getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * Every bundle that {@code spring.messages.basename} lists (messages plus one per feature area, so that features
     * do not all edit one file), merged; a key may live in one bundle only.
     */
    private static Properties bundles(String suffix) throws IOException {
        Properties app = load("application.properties");
        Properties merged = new Properties();
        for (String base : app.getProperty("spring.messages.basename").split(",")) {
            Properties one = load(base.strip() + suffix + ".properties");
            for (String key : one.stringPropertyNames()) {
                assertThat(merged.containsKey(key)).as("message key " + key + " in two bundles").isFalse();
            }
            merged.putAll(one);
        }
        return merged;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + name);
        assertThat(resource.exists()).as(name + " on the classpath").isTrue();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
