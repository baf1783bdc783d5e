import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { EmployerNewPage } from './routes/employers/EmployerNewPage';
import { EmployerPage } from './routes/employers/EmployerPage';
import { EmployersListPage } from './routes/employers/EmployersListPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { RequireEdit } from './routes/RequireEdit';
import { VacanciesListPage } from './routes/vacancies/VacanciesListPage';
import { VacancyEditPage } from './routes/vacancies/VacancyEditPage';
import { VacancyNewPage } from './routes/vacancies/VacancyNewPage';
import { VacancyPage } from './routes/vacancies/VacancyPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/vacatures" replace /> },
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
