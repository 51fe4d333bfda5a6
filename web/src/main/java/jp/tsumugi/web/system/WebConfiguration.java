package jp.tsumugi.web.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language handling: Japanese unless the user picked another supported language with
 * {@code ?lang=en}; the choice is remembered in a cookie so it survives signing in and out.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("tsumugi-lang");
        resolver.setDefaultLocale(Locale.JAPANESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleChangeInterceptor());
    }

    /** Ignores {@code ?lang=} values we have no messages for, instead of half-translating. */
    static final class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

        SupportedLocaleChangeInterceptor() {
            setParamName(LANGUAGE_PARAMETER);
            setIgnoreInvalidLocale(true);
        }

        @Override
        protected Locale parseLocaleValue(String localeValue) {
            Locale requested = super.parseLocaleValue(localeValue);
            return SUPPORTED_LOCALES.stream()
                    .filter(supported -> requested != null
                            && supported.getLanguage().equals(requested.getLanguage()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + localeValue));
        }
    }
}
