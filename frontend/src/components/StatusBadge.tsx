import type { CandidateStatus, EmployerStatus, VacancyStatus } from '@/lib/api/types';
import { candidateStatusLabels, employerStatusLabels, nl, vacancyStatusLabels } from '@/lib/i18n/nl';

type Tone = 'neutral' | 'success' | 'warning' | 'info' | 'muted';

const vacancyTones: Record<VacancyStatus, Tone> = {
  DRAFT: 'neutral',
  OPEN: 'success',
  ON_HOLD: 'warning',
  FILLED: 'info',
  CLOSED: 'muted',
};

const employerTones: Record<EmployerStatus, Tone> = {
  ACTIVE: 'success',
  ARCHIVED: 'muted',
};

const candidateTones: Record<CandidateStatus, Tone> = {
  ACTIVE: 'success',
  PAUSED: 'warning',
  PLACED: 'info',
  WITHDRAWN: 'muted',
};

export function Badge({ tone, children }: { tone: Tone; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

export function VacancyStatusBadge({ status }: { status: VacancyStatus }) {
  return <Badge tone={vacancyTones[status]}>{vacancyStatusLabels[status]}</Badge>;
}

export function EmployerStatusBadge({ status }: { status: EmployerStatus }) {
  return <Badge tone={employerTones[status]}>{employerStatusLabels[status]}</Badge>;
}

export function CandidateStatusBadge({ status }: { status: CandidateStatus }) {
  return <Badge tone={candidateTones[status]}>{candidateStatusLabels[status]}</Badge>;
}

export function TalentStatusBadge({ retired }: { retired: boolean }) {
  return <Badge tone={retired ? 'muted' : 'success'}>{retired ? nl.talents.retired : nl.talents.active}</Badge>;
}
