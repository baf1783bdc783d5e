package nl.werkhub.common.i18n;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Reads the problem texts from {@code messages/problems.properties} (English, the default) and
 * {@code messages/problems_nl.properties}. Every entry is a {@link MessageFormat} pattern, so a
 * literal apostrophe is written {@code ''}.
 */
public final class Messages {

    static final String BUNDLE = "messages.problems";

    /** No fallback to the JVM's default locale: on a server running in nl_NL, English must stay English. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(Locale locale, Text text) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL);
        Object[] args = text.args().stream().map(arg -> resolve(locale, arg)).toArray();
        return new MessageFormat(bundle.getString(text.key()), locale).format(args);
    }

    private static Object resolve(Locale locale, Object arg) {
        if (arg instanceof Text nested) {
            return format(locale, nested);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(resolve(locale, item))).collect(Collectors.joining(", "));
        }
        if (arg == null || arg instanceof Number) {
            return arg;
        }
        // anything else (ids, codes, client input) is shown as text, never parsed as a pattern
        return arg.toString();
    }
}
