package nl.werkhub.bench;

/** A failure the user can act on: printed without a stack trace, exit status 1. */
final class BenchException extends RuntimeException {

    BenchException(String message) {
        super(message);
    }
}
