package nl.werkhub.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The bundles are complete in both languages, and the language choice follows RFC 4647 lookup. */
class MessagesTest {

    @Test
    void problemTextsExistInBothLanguagesAndAreValidPatterns() throws IOException {
        Properties en = load("messages/problems.properties");
        Properties nl = load("messages/problems_nl.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(nl.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            MessageFormat english = new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            MessageFormat dutch = new MessageFormat(nl.getProperty(key), Languages.DUTCH);
            assertEquals(english.getFormatsByArgumentIndex().length, dutch.getFormatsByArgumentIndex().length, key);
            assertTrue(!english.toPattern().isBlank() && !dutch.toPattern().isBlank(), key);
        }
    }

    @Test
    void everyOwnValidationMessageHasADutchText() throws IOException {
        Properties en = load("ValidationMessages.properties");
        Properties nl = load("ValidationMessages_nl.properties");
        Set<String> missing = new TreeSet<>(en.stringPropertyNames());
        missing.removeAll(nl.stringPropertyNames());
        assertEquals(Set.of(), missing);
    }

    @Test
    void formatsWithTranslatedArgumentsAndNeverFallsBackToTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl-NL"));
            Text transition = Text.of("detail.vacancy.illegal-transition", Text.of("vacancy-status.OPEN"),
                    Text.of("vacancy-status.DRAFT"), List.of(Text.of("vacancy-status.ON_HOLD"), Text.of("vacancy-status.CLOSED")));
            assertEquals("A vacancy cannot go from OPEN to DRAFT; allowed from OPEN: ON_HOLD, CLOSED",
                    transition.in(Languages.ENGLISH));
            assertEquals("Vacature kan niet van Open naar Concept; vanuit Open kan alleen: In de wacht, Gesloten.",
                    transition.in(Languages.DUTCH));
            assertEquals("The request has 1 invalid field", Text.of("detail.invalid-fields", 1).in(Languages.ENGLISH));
            assertEquals("1.200 velden zijn niet goed ingevuld.",
                    Text.of("detail.invalid-fields", 1200).in(Languages.DUTCH));
            assertEquals("unknown municipality 'x{0}'", Text.of("field.unknown-municipality", "x{0}").in(Languages.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void languageIsChosenFromAcceptLanguage() {
        assertEquals(Languages.ENGLISH, Languages.of(null));
        assertEquals(Languages.ENGLISH, Languages.of(""));
        assertEquals(Languages.ENGLISH, Languages.of("fr-FR"));
        assertEquals(Languages.ENGLISH, Languages.of("*"));
        assertEquals(Languages.ENGLISH, Languages.of("nl;q=oops"));
        assertEquals(Languages.ENGLISH, Languages.of("en-US, nl;q=0.5"));
        assertEquals(Languages.DUTCH, Languages.of("nl-NL"));
        assertEquals(Languages.DUTCH, Languages.of("nl-BE"));
        assertEquals(Languages.DUTCH, Languages.of("fr, nl;q=0.5"));
        assertEquals(Languages.DUTCH, Languages.of("nl-NL, en;q=0.8"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
