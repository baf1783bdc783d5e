package nl.werkhub.loaddata;

import java.util.Locale;

import jakarta.inject.Inject;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code generate --size N [--seed S]}: fills the configured database with the generated data of
 * {@link DataGenerator} and exits (0, or 1 with the reason on standard error). Progress goes to
 * standard output about every 10 seconds; the last line starts with {@code generated:}.
 */
public class GenerateCommand implements QuarkusApplication {

    static final String USAGE = "usage: generate --size N [--seed S]   (N talent profiles, default seed "
            + DataGenerator.DEFAULT_SEED + ")";

    @Inject
    DataGenerator generator;

    record Options(long size, long seed) {
    }

    static Options parse(String... args) {
        Long size = null;
        long seed = DataGenerator.DEFAULT_SEED;
        int i = args.length > 0 && args[0].equals("generate") ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[i + 1] : null;
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!arg.contains("=")) {
                i++;
            }
            try {
                switch (name) {
                    case "--size" -> size = Long.parseLong(value.replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("option " + name + " needs a number");
            }
        }
        if (size == null || size < 0) {
            throw new IllegalArgumentException("--size N (0 or more) is required");
        }
        return new Options(size, seed);
    }

    @Override
    public int run(String... args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        System.out.printf(Locale.ROOT, "generating %d profiles with seed %d ...%n", options.size(), options.seed());
        try {
            DataGenerator.Summary summary = generator.generate(options.size(), options.seed(),
                    line -> System.out.println("  " + line));
            System.out.println(summary.line());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("generate failed: " + e.getMessage());
            e.printStackTrace(System.err);
            return 1;
        }
    }
}
