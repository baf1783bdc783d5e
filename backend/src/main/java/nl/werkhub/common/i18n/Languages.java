package nl.werkhub.common.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages of client-facing texts (problem titles and details, violation messages). A request
 * chooses one with {@code Accept-Language}; English is the default, so machine clients that send no
 * header (or a language we do not speak) keep getting English.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale DEFAULT = ENGLISH;

    private static final List<String> SUPPORTED_TAGS = List.of(ENGLISH.toLanguageTag(), DUTCH.toLanguageTag());

    private Languages() {
    }

    /**
     * The supported language that best matches an {@code Accept-Language} value (RFC 4647 lookup:
     * {@code nl-NL} and {@code nl-BE} fall back to {@code nl}; weights are honoured). No header, an
     * unparsable one or only unsupported languages give {@link #DEFAULT}.
     */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        String tag;
        try {
            tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED_TAGS);
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
        return tag == null ? DEFAULT : Locale.forLanguageTag(tag);
    }
}
