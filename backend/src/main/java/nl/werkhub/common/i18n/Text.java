package nl.werkhub.common.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A client-facing text that is translated only when the response is written: a key of
 * {@code messages/problems.properties} and its arguments. An argument that is itself a {@code Text}
 * (e.g. a status label) is translated into the same language; a {@code List} is translated element
 * by element and joined with ", ".
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    public String in(Locale locale) {
        return Messages.format(locale, this);
    }
}
