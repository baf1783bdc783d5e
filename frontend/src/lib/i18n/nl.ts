// All texts of the SPA, in Dutch. Components never contain UI text of their own.
import type {
  CandidateStatus,
  ContractType,
  EmployerStatus,
  Gender,
  LanguageLevel,
  MatchGapKind,
  MatchRejectionReason,
  MatchStatus,
  Sector,
  SizeClass,
  TalentCategory,
  TalentRequirement,
  TargetGroup,
  VacancyStatus,
} from '../api/types';
import type { Role } from '../auth/roles';

export const sectorLabels: Record<Sector, string> = {
  AGRICULTURE: 'Agrarisch',
  CONSTRUCTION: 'Bouw',
  MANUFACTURING: 'Industrie en productie',
  ENGINEERING: 'Techniek',
  LOGISTICS: 'Logistiek en transport',
  RETAIL: 'Detailhandel',
  WHOLESALE: 'Groothandel',
  HOSPITALITY: 'Horeca',
  HEALTHCARE: 'Zorg en welzijn',
  CLEANING: 'Schoonmaak',
  GREEN_SPACES: 'Groen',
  BUSINESS_SERVICES: 'Zakelijke dienstverlening',
  ICT: 'ICT',
  EDUCATION: 'Onderwijs',
  GOVERNMENT: 'Overheid',
  OTHER: 'Overig',
};

export const sizeClassLabels: Record<SizeClass, string> = {
  MICRO: 'Micro (minder dan 10 medewerkers)',
  SMALL: 'Klein (10 tot 50 medewerkers)',
  MEDIUM: 'Middelgroot (50 tot 250 medewerkers)',
};

export const contractTypeLabels: Record<ContractType, string> = {
  TEMPORARY: 'Tijdelijk contract',
  PERMANENT: 'Vast contract',
  BBL: 'BBL (leren en werken)',
  TRIAL_PLACEMENT: 'Proefplaatsing',
};

export const employerStatusLabels: Record<EmployerStatus, string> = {
  ACTIVE: 'Actief',
  ARCHIVED: 'Gearchiveerd',
};

export const vacancyStatusLabels: Record<VacancyStatus, string> = {
  DRAFT: 'Concept',
  OPEN: 'Open',
  ON_HOLD: 'In de wacht',
  FILLED: 'Vervuld',
  CLOSED: 'Gesloten',
};

/** Button texts for moving a vacancy to a status. */
export const vacancyTransitionLabels: Record<VacancyStatus, string> = {
  DRAFT: 'Terug naar concept',
  OPEN: 'Openzetten (publiceren)',
  ON_HOLD: 'In de wacht zetten',
  FILLED: 'Markeren als vervuld',
  CLOSED: 'Sluiten',
};

export const languageLevelLabels: Record<LanguageLevel, string> = {
  A1: 'A1 – beginner',
  A2: 'A2 – basis',
  B1: 'B1 – zelfstandig',
  B2: 'B2 – goed zelfstandig',
  C1: 'C1 – vaardig',
  C2: 'C2 – near-native',
};

export const targetGroupLabels: Record<TargetGroup, string> = {
  BANENAFSPRAAK: 'Banenafspraak',
  PRAKTIJKROUTE: 'Praktijkroute',
  BBL: 'BBL',
  ONDERNEMER: 'Ondernemer',
};

export const candidateStatusLabels: Record<CandidateStatus, string> = {
  ACTIVE: 'Actief',
  PAUSED: 'Gepauzeerd',
  PLACED: 'Geplaatst',
  WITHDRAWN: 'Afgemeld',
};

export const genderLabels: Record<Gender, string> = {
  FEMALE: 'Vrouw',
  MALE: 'Man',
  NON_BINARY: 'Non-binair',
  UNDISCLOSED: 'Niet opgegeven',
};

export const talentCategoryLabels: Record<TalentCategory, string> = {
  WORK_ATTITUDE: 'Werkhouding',
  VOCATIONAL_SKILL: 'Vakvaardigheid',
  CERTIFICATE: 'Certificaat',
  LANGUAGE: 'Taal',
};

export const talentRequirementLabels: Record<TalentRequirement, string> = {
  MUST_HAVE: 'Vereist',
  NICE_TO_HAVE: 'Pluspunt',
};

/** The pipeline columns' names, in pipeline order. */
export const matchStatusLabels: Record<MatchStatus, string> = {
  SUGGESTED: 'Gesuggereerd',
  PROPOSED: 'Voorgesteld',
  INTRODUCED: 'Geïntroduceerd',
  TRIAL: 'Proefplaatsing',
  PLACED: 'Geplaatst',
  REJECTED: 'Afgewezen',
  WITHDRAWN: 'Teruggetrokken',
};

/** Button texts for moving a match to a status (SUGGESTED is never a target). */
export const matchTransitionLabels: Record<MatchStatus, string> = {
  SUGGESTED: 'Terug naar gesuggereerd',
  PROPOSED: 'Voorstellen',
  INTRODUCED: 'Kennismaking gehad',
  TRIAL: 'Proefplaatsing starten',
  PLACED: 'Plaatsen',
  REJECTED: 'Afwijzen',
  WITHDRAWN: 'Terugtrekken',
};

export const matchRejectionReasonLabels: Record<MatchRejectionReason, string> = {
  CANDIDATE_DECLINED: 'Kandidaat ziet ervan af',
  EMPLOYER_DECLINED: 'Werkgever ziet ervan af',
  SKILLS_MISMATCH: 'Talenten of vaardigheden passen niet',
  HOURS_OR_TRAVEL: 'Uren of reisafstand passen niet',
  NO_SHOW: 'Niet komen opdagen',
  VACANCY_FILLED: 'Vacature is al vervuld',
  OTHER: 'Andere reden',
};

export const roleLabels: Record<Role, string> = {
  consultant: 'MKB-consultant',
  admin: 'Beheerder',
  jobcoach: 'Jobcoach',
  municipality: 'Gemeente',
};

function plural(n: number, one: string, many: string): string {
  return `${new Intl.NumberFormat('nl-NL').format(n)} ${n === 1 ? one : many}`;
}

export const nl = {
  app: {
    name: 'Werkhub',
    tagline: 'Leerwerkakkoord MKB',
    skipLink: 'Naar de inhoud',
    mainNav: 'Hoofdmenu',
    loading: 'Bezig met laden…',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer).',
    backHome: 'Naar de startpagina',
    required: 'verplicht',
    requiredLegend: 'Velden met * zijn verplicht.',
    optional: 'optioneel',
    yes: 'Ja',
    no: 'Nee',
    cancel: 'Annuleren',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    back: 'Terug',
    none: '—',
    close: 'Sluiten',
    remove: 'Verwijderen',
  },
  nav: {
    vacancies: 'Vacatures',
    employers: 'Werkgevers',
    candidates: 'Kandidaten',
    myCandidates: 'Mijn kandidaten',
    ourCandidates: 'Onze kandidaten',
    talents: 'Talenten',
  },
  auth: {
    signingIn: 'Je wordt doorgestuurd naar de inlogpagina…',
    signOut: 'Uitloggen',
    signedInAs: 'Ingelogd als',
    role: 'Rol',
    loginUnavailableTitle: 'Inloggen is nu niet mogelijk',
    loginUnavailableText:
      'Inloggen is nu niet mogelijk: de inlogdienst is niet bereikbaar. Probeer het over een paar minuten opnieuw. Blijft dit gebeuren, neem dan contact op met de beheerder.',
    technicalDetail: 'Technische melding',
    retry: 'Opnieuw proberen',
    noAccessTitle: 'Geen toegang',
    noAccessText:
      'Je bent ingelogd, maar je account heeft geen rol in Werkhub. Werkhub is er voor MKB-consultants, jobcoaches, gemeenten en beheerders. Denk je dat dit niet klopt? Neem contact op met de beheerder.',
    noAccessHereText:
      'Dit scherm is niet bedoeld voor jouw rol. Kies een onderdeel uit het menu. Denk je dat dit niet klopt? Neem contact op met de beheerder.',
    sessionExpired: 'Je sessie is verlopen. Log opnieuw in.',
    signInAgain: 'Opnieuw inloggen',
    readOnlyNotice: 'Je kunt deze gegevens bekijken, maar niet wijzigen.',
    noMunicipality:
      'Je account is niet aan een gemeente gekoppeld, dus er zijn geen kandidaten om te tonen. Neem contact op met de beheerder.',
  },
  list: {
    search: 'Zoeken',
    searchButton: 'Zoeken',
    clearFilters: 'Filters wissen',
    filters: 'Filters',
    all: 'Alle',
    sortBy: 'Sorteren op',
    noResults: 'Geen resultaten gevonden.',
    actions: 'Acties',
    loadFailed: 'De lijst kon niet worden geladen.',
  },
  pagination: {
    label: 'Paginering',
    previous: 'Vorige',
    next: 'Volgende',
    previousPage: 'Vorige pagina',
    nextPage: 'Volgende pagina',
    pageOf: (page: number, total: number) => `Pagina ${page} van ${total}`,
    pageSize: 'Per pagina',
  },
  problem: {
    heading: (status: number): string => {
      switch (status) {
        case 0:
          return 'De server is niet bereikbaar';
        case 400:
          return 'Het verzoek is niet goed';
        case 401:
          return 'Je bent niet (meer) ingelogd';
        case 403:
          return 'Je hebt hier geen rechten voor';
        case 404:
          return 'Niet gevonden';
        case 409:
          return 'Dit kan niet';
        case 412:
          return 'Iemand anders heeft dit intussen gewijzigd';
        case 422:
          return 'Controleer de gemarkeerde velden';
        case 503:
          return 'Werkhub is tijdelijk niet beschikbaar';
        default:
          return status >= 500 ? 'Er ging iets mis op de server' : 'Er ging iets mis';
      }
    },
    unreachable: 'Controleer je verbinding en probeer het opnieuw.',
    unavailable: 'Een onderdeel van Werkhub (bijvoorbeeld de inlogdienst) is even niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    serverError: (detail?: string) =>
      detail
        ? `Probeer het later opnieuw. Geef bij contact met de beheerder deze code door: ${detail}`
        : 'Probeer het later opnieuw.',
    otherViolations: 'Ook:',
    staleWrite: (what: string) =>
      `Iemand anders heeft ${what} gewijzigd nadat jij het formulier opende. Laad de nieuwste versie; jouw wijzigingen gaan dan verloren.`,
    reload: 'Nieuwste versie laden',
  },
  confirm: {
    confirm: 'Bevestigen',
  },
  employers: {
    title: 'Werkgevers',
    count: (n: number) => plural(n, 'werkgever', 'werkgevers'),
    new: 'Nieuwe werkgever',
    newTitle: 'Nieuwe werkgever',
    editTitle: (name: string) => `Werkgever: ${name}`,
    searchLabel: 'Zoek op naam of KvK-nummer',
    filterSector: 'Sector',
    filterMunicipality: 'Gemeente',
    filterStatus: 'Status',
    allSectors: 'Alle sectoren',
    allMunicipalities: 'Alle gemeenten',
    allStatuses: 'Alle statussen',
    sort: {
      'name,asc': 'Naam (A–Z)',
      'name,desc': 'Naam (Z–A)',
      'createdAt,desc': 'Nieuwste eerst',
      'createdAt,asc': 'Oudste eerst',
      'updatedAt,desc': 'Laatst gewijzigd',
    } as Record<string, string>,
    columns: {
      name: 'Naam',
      kvkNumber: 'KvK-nummer',
      sector: 'Sector',
      municipality: 'Gemeente',
      status: 'Status',
    },
    fields: {
      name: 'Naam',
      kvkNumber: 'KvK-nummer',
      sector: 'Sector',
      sizeClass: 'Bedrijfsgrootte',
      contactPerson: 'Contactpersoon',
      phone: 'Telefoonnummer',
      email: 'E-mailadres',
      postcode: 'Postcode',
      municipalityCode: 'Gemeente',
    },
    hints: {
      kvkNumber: '8 cijfers, bijvoorbeeld 12345678.',
      phone: 'Bijvoorbeeld 010-1234567 of 06 12345678.',
      postcode: 'Bijvoorbeeld 3011 AB.',
    },
    chooseSector: 'Kies een sector',
    chooseSizeClass: 'Kies een bedrijfsgrootte',
    chooseMunicipality: 'Kies een gemeente',
    sectionCompany: 'Bedrijf',
    sectionContact: 'Contact',
    sectionAddress: 'Vestiging',
    create: 'Werkgever opslaan',
    update: 'Wijzigingen opslaan',
    created: (name: string) => `Werkgever ${name} is opgeslagen.`,
    updated: 'De wijzigingen zijn opgeslagen.',
    archive: 'Archiveren',
    reactivate: 'Heractiveren',
    archived: 'De werkgever is gearchiveerd.',
    reactivated: 'De werkgever is weer actief.',
    archivedNotice: 'Deze werkgever is gearchiveerd: er kunnen geen nieuwe vacatures voor worden aangemaakt.',
    delete: 'Verwijderen',
    deleteTitle: 'Werkgever verwijderen?',
    deleteText: (name: string) =>
      `Weet je zeker dat je ${name} wilt verwijderen? Dit kan niet ongedaan worden gemaakt. Een werkgever met vacatures kan niet worden verwijderd; archiveer die dan.`,
    deleted: (name: string) => `Werkgever ${name} is verwijderd.`,
    thisEmployer: 'deze werkgever',
    vacanciesOfEmployer: 'Vacatures van deze werkgever',
    details: 'Gegevens',
    audit: (created: string, updated: string) => `Aangemaakt ${created} · laatst gewijzigd ${updated}`,
  },
  vacancies: {
    title: 'Vacatures',
    count: (n: number) => plural(n, 'vacature', 'vacatures'),
    new: 'Nieuwe vacature',
    newTitle: 'Nieuwe vacature',
    editTitle: (title: string) => `Vacature bewerken: ${title}`,
    searchLabel: 'Zoek in titel en omschrijving',
    filterStatus: 'Status',
    filterSector: 'Sector',
    filterEmployer: 'Werkgever',
    allStatuses: 'Alle statussen',
    allSectors: 'Alle sectoren',
    allEmployers: 'Alle werkgevers',
    sort: {
      'createdAt,desc': 'Nieuwste eerst',
      'createdAt,asc': 'Oudste eerst',
      'updatedAt,desc': 'Laatst gewijzigd',
      'title,asc': 'Titel (A–Z)',
      'startDate,asc': 'Startdatum (eerst)',
      'startDate,desc': 'Startdatum (laatst)',
    } as Record<string, string>,
    columns: {
      title: 'Vacature',
      employer: 'Werkgever',
      hours: 'Uren',
      startDate: 'Startdatum',
      status: 'Status',
      createdAt: 'Aangemaakt',
    },
    fields: {
      employerId: 'Werkgever',
      title: 'Functietitel',
      description: 'Omschrijving',
      sector: 'Sector',
      postcode: 'Postcode werkplek',
      latitude: 'Breedtegraad',
      longitude: 'Lengtegraad',
      hoursPerWeekMin: 'Minimaal aantal uur per week',
      hoursPerWeekMax: 'Maximaal aantal uur per week',
      contractType: 'Soort contract',
      startDate: 'Startdatum',
      positions: 'Aantal plekken',
      dutchLevel: 'Minimaal taalniveau Nederlands',
      drivingLicenceRequired: 'Rijbewijs nodig',
      status: 'Status',
      owner: 'Consultant',
      employer: 'Werkgever',
      hours: 'Uren per week',
      location: 'Locatie',
    },
    hints: {
      employerSearch: 'Typ een deel van de naam of het KvK-nummer om de lijst te beperken.',
      employerMore: (shown: number, total: number) =>
        `${shown} van ${total} actieve werkgevers getoond; typ om verder te zoeken.`,
      coordinates: 'Optioneel; vul beide in of geen van beide (WGS84, bijvoorbeeld 51.9225 en 4.4792).',
      hours: 'Tussen 1 en 60 uur.',
      postcode: 'Bijvoorbeeld 3011 AB.',
    },
    employerSearch: 'Zoek werkgever',
    chooseEmployer: 'Kies een werkgever',
    chooseSector: 'Kies een sector',
    chooseContractType: 'Kies een soort contract',
    noLanguageRequirement: 'Geen eis',
    sectionJob: 'Functie',
    sectionWhere: 'Werkplek',
    sectionTerms: 'Uren en contract',
    sectionRequirements: 'Eisen',
    publishNow: 'Direct openzetten (publiceren)',
    publishNowHint: 'Zonder vinkje wordt de vacature als concept opgeslagen.',
    create: 'Vacature opslaan',
    update: 'Wijzigingen opslaan',
    created: 'De vacature is opgeslagen als concept.',
    createdAndPublished: 'De vacature is opgeslagen en staat open.',
    createdPublishFailed: (reason: string) =>
      `De vacature is opgeslagen als concept, maar openzetten lukte niet: ${reason}`,
    updated: 'De wijzigingen zijn opgeslagen.',
    edit: 'Bewerken',
    statusActions: 'Status wijzigen',
    statusChanged: (label: string) => `De status is nu: ${label}.`,
    finalStatus: 'Deze vacature is afgerond; de status kan niet meer veranderen.',
    delete: 'Verwijderen',
    deleteTitle: 'Vacature verwijderen?',
    deleteText: (title: string) =>
      `Weet je zeker dat je de concept-vacature "${title}" wilt verwijderen? Dit kan niet ongedaan worden gemaakt.`,
    deleted: 'De vacature is verwijderd.',
    thisVacancy: 'deze vacature',
    talents: 'Talenten',
    talentsHint:
      'Typ een deel van een talent en kies het uit de lijst (pijltjes en Enter). Geef per talent aan of het vereist is of een pluspunt, en vanaf welk niveau.',
    chosenTalents: 'Gekozen talenten',
    talentRequirement: 'Soort',
    talentMinLevel: 'Minimaal niveau',
    talentLevelOption: (level: number) => `Niveau ${level}`,
    noTalents: 'Geen talenten opgegeven.',
    mustHaveTalents: 'Vereist',
    niceToHaveTalents: 'Pluspunten',
    minLevelText: (level: number) => `vanaf niveau ${level} van 5`,
    retiredTalent: 'vervallen talent',
    positions: (n: number) => plural(n, 'plek', 'plekken'),
    details: 'Gegevens',
    audit: (created: string, updated: string) => `Aangemaakt ${created} · laatst gewijzigd ${updated}`,
  },
  /** The talent type-ahead shared by the candidate search and the vacancy form. */
  talentPicker: {
    suggestions: 'Voorgestelde talenten',
    chosen: 'Gekozen talenten',
    remove: (label: string) => `Verwijder talent ${label}`,
    added: (label: string) => `Talent ${label} toegevoegd.`,
    removed: (label: string) => `Talent ${label} verwijderd.`,
    noneFound: 'Geen talent gevonden.',
    searching: 'Talenten zoeken…',
    optionsCount: (n: number) => plural(n, 'suggestie', 'suggesties'),
  },
  matching: {
    suggestionsTitle: 'Passende kandidaten',
    suggestionsIntro:
      'Actieve kandidaten die toestemming gaven, de best passende eerst. De score helpt bij het kiezen; de beslissing is aan jou.',
    noSuggestions: 'Er zijn nu geen passende kandidaten voor deze vacature.',
    suggestionsNotOpen: 'Alleen een open vacature kan kandidaten in de pipeline krijgen.',
    showMore: 'Meer kandidaten tonen',
    vacancySuggestionsTitle: 'Passende vacatures',
    vacancySuggestionsIntro: 'Open vacatures die bij dit profiel passen, de best passende eerst.',
    noVacancySuggestions: 'Er zijn nu geen open vacatures die bij dit profiel passen.',
    showMoreVacancies: 'Meer vacatures tonen',
    score: 'Score',
    scoreOf: (score: number) => `${score} van 100`,
    rank: (n: number) => `Nummer ${n}:`,
    factors: {
      talents: 'Talenten',
      hours: 'Uren',
      availability: 'Beschikbaarheid',
      distance: 'Reisafstand',
      preferences: 'Voorkeuren',
      requirements: 'Rijbewijs en taal',
    },
    breakdown: 'Opbouw van de score',
    points: (points: string, max: string) => `${points} / ${max}`,
    pointsLong: (points: string, max: string) => `${points} van ${max} punten`,
    notApplicable: 'telt niet mee',
    distanceGreatCircle: (km: string, max: string) => `${km} km hemelsbreed, wil maximaal ${max} km`,
    distanceGreatCircleNoMax: (km: string) => `${km} km hemelsbreed`,
    distanceSameMunicipality: 'zelfde gemeente, geschat zonder coördinaten',
    distanceOtherMunicipality: 'andere gemeente, geschat zonder coördinaten',
    hoursOverlap: (hours: string) => `${hours} uur overlap`,
    hoursShortfall: (hours: string) => `${hours} uur tekort`,
    hoursFit: 'uren passen',
    availableOnTime: 'op tijd beschikbaar',
    availableDaysLate: (days: number) => `${plural(days, 'dag', 'dagen')} te laat beschikbaar`,
    sectorPreferred: 'sector past bij voorkeur',
    sectorNotPreferred: 'sector niet bij voorkeur',
    occupationPreferred: 'beroep past bij voorkeur',
    mustHaves: 'Vereiste talenten',
    niceToHaves: 'Pluspunten',
    met: 'voldoet',
    notMet: 'voldoet niet',
    fitLevel: (min: number, level: number | null | undefined) =>
      level === null || level === undefined
        ? `vereist niveau ${min}, ontbreekt`
        : `vereist niveau ${min}, heeft niveau ${level}`,
    gaps: 'Aandachtspunten',
    noGaps: 'Geen aandachtspunten.',
    gap: {
      MISSING_TALENT: (label: string) => `mist: ${label}`,
      TALENT_BELOW_LEVEL: (label: string, level: string, required: string) =>
        `${label}: niveau ${level}, vereist ${required}`,
      HOURS_MISMATCH: 'uren passen niet',
      AVAILABLE_LATER: (days: number) => `pas over ${plural(days, 'dag', 'dagen')} beschikbaar`,
      TOO_FAR: (km: string) => `te ver weg: ${km} km`,
      NO_DRIVING_LICENCE: 'rijbewijs ontbreekt',
      DUTCH_LEVEL_TOO_LOW: (required: string) => `Nederlands onder niveau ${required}`,
    } satisfies Record<MatchGapKind, unknown>,
    inPipeline: (status: string) => `Al in pipeline: ${status}`,
    addToPipeline: 'Toevoegen aan pipeline',
    addToPipelineFor: (name: string) => `Toevoegen aan pipeline: ${name}`,
    adding: 'Bezig met toevoegen…',
    added: (name: string) => `${name} staat nu in de pipeline, in de kolom Gesuggereerd.`,
    pipeline: 'Pipeline',
    pipelineIntro: 'Elke kandidaat die je toevoegt, doorloopt deze kolommen. Elke stap wordt vastgelegd.',
    pipelineEmpty: 'Nog geen kandidaten in de pipeline. Voeg ze toe vanuit de passende kandidaten.',
    columnEmpty: 'Geen kandidaten.',
    columnCount: (n: number) => plural(n, 'kandidaat', 'kandidaten'),
    moreThanShown: (shown: number, total: number) => `${shown} van ${total} matches getoond.`,
    owner: 'Consultant',
    startDate: 'Startdatum',
    reason: 'Reden',
    moved: (name: string, status: string) => `${name} staat nu in de kolom ${status}.`,
    moving: 'Bezig…',
    transitionsFor: (name: string) => `Volgende stap voor ${name}`,
    finalStatus: 'Afgerond.',
    rejectTitle: (name: string) => `${name} afwijzen`,
    withdrawTitle: (name: string) => `${name} terugtrekken`,
    placeTitle: (name: string) => `${name} plaatsen`,
    rejectText: 'Waarom past deze kandidaat niet? De reden helpt om later betere matches te maken.',
    withdrawText: 'De kandidaat wordt uit de pipeline van deze vacature gehaald.',
    placeText: 'Vanaf welke datum gaat de kandidaat aan het werk?',
    reasonLabel: 'Reden',
    reasonOptional: 'Reden (optioneel)',
    chooseReason: 'Kies een reden',
    noteLabel: 'Toelichting',
    noteHint: 'Verplicht bij "Andere reden". Schrijf geen medische of andere gevoelige gegevens op.',
    reasonRequired: 'Kies een reden.',
    noteRequired: 'Geef een toelichting bij "Andere reden".',
    startDateLabel: 'Startdatum',
    startDateRequired: 'Vul de startdatum in.',
    thisMatch: 'deze match',
    stale: 'Iemand anders heeft deze match intussen gewijzigd. Vernieuw het bord en kijk of de stap nog nodig is.',
    refresh: 'Bord vernieuwen',
    suggestionsRefresh: 'Vernieuwen',
  },
  level: {
    text: (level: number, max: number) => `Niveau ${level} van ${max}`,
    short: (level: number, max: number) => `${level}/${max}`,
  },
  candidates: {
    title: 'Kandidaten',
    titleOwn: 'Mijn kandidaten',
    ownIntro: 'Je ziet alleen de kandidaten aan wie je als jobcoach bent gekoppeld.',
    intro: 'Kandidaten van alle gemeenten die toestemming hebben gegeven om gezien te worden.',
    count: (n: number) => plural(n, 'kandidaat', 'kandidaten'),
    talents: 'Talenten',
    talentsHint: 'Typ een deel van een talent en kies het uit de lijst (pijltjes en Enter).',
    talentMatch: 'De kandidaat heeft',
    talentMatchAny: 'minstens één van deze talenten',
    talentMatchAll: 'alle talenten',
    minLevel: 'Minimaal niveau',
    anyLevel: 'Elk niveau',
    levelOption: (level: number) => (level === 5 ? 'Niveau 5' : `Niveau ${level} of hoger`),
    targetGroup: 'Doelgroep',
    allTargetGroups: 'Alle doelgroepen',
    municipality: 'Gemeente',
    allMunicipalities: 'Alle gemeenten',
    hoursMin: 'Uren per week vanaf',
    hoursMax: 'Uren per week tot en met',
    availableBy: 'Beschikbaar vóór',
    availableByHint: 'Op of vóór deze datum beschikbaar (of geen datum bekend).',
    status: 'Status',
    q: 'Zoek in interesses en motivatie',
    sort: {
      'updatedAt,desc': 'Laatst bijgewerkt',
      'lastName,asc': 'Achternaam (A–Z)',
      'lastName,desc': 'Achternaam (Z–A)',
      'availableFrom,asc': 'Eerst beschikbaar',
    } as Record<string, string>,
    results: 'Zoekresultaten',
    topTalents: 'Belangrijkste talenten',
    noTalents: 'Geen talenten vastgelegd.',
    moreTalents: (n: number) => `en nog ${plural(n, 'talent', 'talenten')}`,
    fields: {
      name: 'Naam',
      municipality: 'Gemeente',
      postcodeArea: 'Postcodegebied',
      hours: 'Uren per week',
      availableFrom: 'Beschikbaar vanaf',
      status: 'Status',
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
      targetGroups: 'Doelgroepen',
      interests: 'Interesses',
      motivation: 'Motivatie',
      preferredSectors: 'Voorkeur voor sectoren',
      preferredOccupations: 'Voorkeur voor beroepen',
      maxTravelDistance: 'Maximale reisafstand',
      drivingLicence: 'Rijbewijs',
      dutchLevel: 'Taalniveau Nederlands',
      jobcoach: 'Jobcoach',
      updatedAt: 'Laatst bijgewerkt',
    },
    sections: {
      personal: 'Persoonlijke gegevens',
      talents: 'Talenten',
      motivation: 'Interesses en motivatie',
      preferences: 'Voorkeuren',
      availability: 'Beschikbaarheid',
    },
    availableNow: 'Direct',
    noJobcoach: 'Geen jobcoach gekoppeld',
    travelDistance: (km: number) => `${new Intl.NumberFormat('nl-NL').format(km)} km`,
    retiredTalent: 'vervallen talent',
    backToSearch: 'Terug naar de zoekresultaten',
    profileNotice: 'Dit profiel komt van de gemeente; wijzigingen lopen via de gemeente.',
  },
  municipalCandidates: {
    title: 'Onze kandidaten',
    intro: (name: string) =>
      `De kandidaten die ${name} in Werkhub heeft gezet. Alleen lezen: wijzigingen lopen via de systemen van de gemeente.`,
    count: (n: number) => plural(n, 'kandidaat', 'kandidaten'),
    lookupLabel: 'Klantnummer',
    lookupButton: 'Openen',
    lookupHint: 'Open een kandidaat direct op het klantnummer van de gemeente.',
    updatedSince: 'Gewijzigd sinds',
    updatedSinceHint: 'Alleen kandidaten die op of na deze datum zijn gewijzigd.',
    order: 'Gesorteerd op laatste wijziging, oudste eerst.',
    columns: {
      name: 'Naam',
      clientNumber: 'Klantnummer',
      status: 'Status',
      consent: 'Toestemming',
      updatedAt: 'Gewijzigd',
    },
    fields: {
      clientNumber: 'Klantnummer',
      gender: 'Geslacht',
      birthDate: 'Geboortedatum',
      postcode: 'Postcode',
      coordinates: 'Coördinaten',
      consent: 'Toestemming om getoond te worden',
    },
    consentYes: 'Ja',
    consentNo: 'Nee',
    consentYesLong: 'Ja, zichtbaar voor MKB-consultants',
    consentNoLong: 'Nee, niet zichtbaar voor MKB-consultants',
    backToList: 'Terug naar onze kandidaten',
    audit: (created: string, updated: string) => `Aangemaakt ${created} · laatst gewijzigd ${updated}`,
  },
  talents: {
    title: 'Talenten',
    count: (n: number) => plural(n, 'talent', 'talenten'),
    new: 'Nieuw talent',
    newTitle: 'Nieuw talent',
    editTitle: (label: string) => `Talent: ${label}`,
    searchLabel: 'Zoek op naam of code',
    category: 'Categorie',
    allCategories: 'Alle categorieën',
    includeRetired: 'Ook vervallen talenten tonen',
    sort: {
      'labelNl,asc': 'Naam (A–Z)',
      'labelNl,desc': 'Naam (Z–A)',
      'code,asc': 'Code (A–Z)',
      'category,asc': 'Categorie',
    } as Record<string, string>,
    columns: {
      label: 'Naam',
      labelEn: 'Engels',
      code: 'Code',
      category: 'Categorie',
      status: 'Status',
    },
    fields: {
      code: 'Code',
      labelNl: 'Naam (Nederlands)',
      labelEn: 'Naam (Engels)',
      category: 'Categorie',
      escoUri: 'ESCO-URI',
    },
    hints: {
      code: 'Kleine letters, cijfers en streepjes, bijvoorbeeld heftruckcertificaat of rijbewijs-c. De code kan later niet meer veranderen.',
      escoUri: 'Optioneel, bijvoorbeeld http://data.europa.eu/esco/skill/…',
    },
    chooseCategory: 'Kies een categorie',
    active: 'Actief',
    retired: 'Vervallen',
    create: 'Talent opslaan',
    update: 'Wijzigingen opslaan',
    created: (label: string) => `Talent ${label} is toegevoegd.`,
    updated: 'De wijzigingen zijn opgeslagen.',
    retire: 'Laten vervallen',
    reinstate: 'Weer in gebruik nemen',
    retiredDone: 'Het talent is vervallen: het blijft op bestaande profielen staan, maar kan niet meer worden toegevoegd.',
    reinstated: 'Het talent is weer in gebruik.',
    retiredNotice:
      'Dit talent is vervallen: het staat nog op bestaande profielen, maar gemeenten kunnen het niet meer toevoegen.',
    thisTalent: 'dit talent',
    usage: 'Gebruik',
  },
} as const;
