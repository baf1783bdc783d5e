package nl.werkhub.loaddata;

/** The generator cannot go on: it produced something the API would refuse (a bug in it), or the setup is wrong. */
public class GeneratorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GeneratorException(String message) {
        super(message);
    }

    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
