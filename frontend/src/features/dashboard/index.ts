export type { StatsParams } from './api/stats';
export { Dashboard } from './components/Dashboard';
export { PeriodForm } from './components/PeriodForm';
export { useStats } from './hooks/use-stats';
export { defaultPeriod, isMonth, monthOptions, periodDates, type MonthPeriod } from './utils/period';
