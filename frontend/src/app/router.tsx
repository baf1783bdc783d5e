import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '@/components/Loading';
import { AppLayout } from './layout/AppLayout';
// --- Placements and aftercare (issue 5) ---
import { CallPage } from './routes/aftercare/CallPage';
import { TodayPage } from './routes/aftercare/TodayPage';
import { PlacementPage } from './routes/placements/PlacementPage';
import { PlacementsListPage } from './routes/placements/PlacementsListPage';
// --- end placements and aftercare ---
import { CalendarFeedPage } from './routes/calendar-feed/CalendarFeedPage';
import { CandidatePage } from './routes/candidates/CandidatePage';
import { CandidatesSearchPage } from './routes/candidates/CandidatesSearchPage';
import { EmployerNewPage } from './routes/employers/EmployerNewPage';
import { EmployerPage } from './routes/employers/EmployerPage';
import { EmployersListPage } from './routes/employers/EmployersListPage';
import { MunicipalCandidatePage } from './routes/municipal/MunicipalCandidatePage';
import { MunicipalCandidatesPage } from './routes/municipal/MunicipalCandidatesPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { HomeRedirect, RequireAccess } from './routes/RequireAccess';
import { RequireEdit } from './routes/RequireEdit';
import { TalentNewPage } from './routes/talents/TalentNewPage';
import { TalentPage } from './routes/talents/TalentPage';
import { TalentsListPage } from './routes/talents/TalentsListPage';
import { VacanciesListPage } from './routes/vacancies/VacanciesListPage';
import { VacancyEditPage } from './routes/vacancies/VacancyEditPage';
import { VacancyNewPage } from './routes/vacancies/VacancyNewPage';
import { VacancyPage } from './routes/vacancies/VacancyPage';

// issue 5: loaded on demand, because the chart library is most of its weight and only this screen needs it.
const DashboardPage = lazy(() => import('./routes/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <RequireAccess area="canRead" />,
        children: [
          { path: 'vacatures', element: <VacanciesListPage /> },
          { path: 'vacatures/:id', element: <VacancyPage /> },
          { path: 'werkgevers', element: <EmployersListPage /> },
          { path: 'werkgevers/:id', element: <EmployerPage /> },
          {
            element: <RequireEdit />,
            children: [
              { path: 'vacatures/nieuw', element: <VacancyNewPage /> },
              { path: 'vacatures/:id/bewerken', element: <VacancyEditPage /> },
              { path: 'werkgevers/nieuw', element: <EmployerNewPage /> },
            ],
          },
        ],
      },
      {
        element: <RequireAccess area="canSearchCandidates" />,
        children: [
          { path: 'kandidaten', element: <CandidatesSearchPage /> },
          { path: 'kandidaten/:id', element: <CandidatePage /> },
        ],
      },
      {
        element: <RequireAccess area="isMunicipal" />,
        children: [
          { path: 'onze-kandidaten', element: <MunicipalCandidatesPage /> },
          { path: 'onze-kandidaten/:clientNumber', element: <MunicipalCandidatePage /> },
        ],
      },
      // --- Placements and aftercare (issue 5) ---
      {
        element: <RequireAccess area="canSeePlacements" />,
        children: [
          { path: 'plaatsingen', element: <PlacementsListPage /> },
          { path: 'plaatsingen/:id', element: <PlacementPage /> },
          { path: 'nazorg/gesprekken/:id', element: <CallPage /> },
        ],
      },
      {
        element: <RequireAccess area="hasAftercare" />,
        children: [{ path: 'nazorg', element: <TodayPage /> }],
      },
      // --- end placements and aftercare ---
      {
        element: <RequireAccess area="canManageTalents" />,
        children: [
          { path: 'talenten', element: <TalentsListPage /> },
          { path: 'talenten/nieuw', element: <TalentNewPage /> },
          { path: 'talenten/:code', element: <TalentPage /> },
        ],
      },
      // --- issue 5: dashboard and calendar feed ---
      {
        element: <RequireAccess area="canSeeDashboard" />,
        children: [
          {
            path: 'dashboard',
            element: (
              <Suspense fallback={<Loading />}>
                <DashboardPage />
              </Suspense>
            ),
          },
        ],
      },
      {
        element: <RequireAccess area="hasCalendarFeed" />,
        children: [{ path: 'nazorg/agenda', element: <CalendarFeedPage /> }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
