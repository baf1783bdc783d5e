package nl.werkhub.aftercare;

/** A Keycloak user with realm role {@code jobcoach}, as the directory knows them. */
public record Jobcoach(String username, String firstName, String lastName) {

    /** "First Last", or the username when Keycloak has no name for the user. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? username : name;
    }
}
