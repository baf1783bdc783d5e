package nl.werkhub.vacancy;

/** Temporary, permanent, BBL (work-study) or a trial placement (proefplaatsing). */
public enum ContractType {
    TEMPORARY,
    PERMANENT,
    BBL,
    TRIAL_PLACEMENT
}
