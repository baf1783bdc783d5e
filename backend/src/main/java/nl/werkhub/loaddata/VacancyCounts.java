package nl.werkhub.loaddata;

/**
 * How many employers and vacancies go with a number of profiles (see docs/data.md): 40 employers and
 * 100 vacancies per 1,000 profiles, rounded up. Vacancy {@code v} belongs to employer
 * {@code floor(v · 0.4)}, which is always below the employer count of any size that has vacancy v.
 */
final class VacancyCounts {

    static final int EMPLOYERS_PER_1000 = 40;
    static final int VACANCIES_PER_1000 = 100;

    private VacancyCounts() {
    }

    static long employers(long profiles) {
        return (profiles * EMPLOYERS_PER_1000 + 999) / 1000;
    }

    static long vacancies(long profiles) {
        return (profiles * VACANCIES_PER_1000 + 999) / 1000;
    }

    static long employerOf(long vacancy) {
        return vacancy * EMPLOYERS_PER_1000 / VACANCIES_PER_1000;
    }
}
