export { CallCard, PhoneLink } from './components/CallCard';
export { CallInfo } from './components/CallInfo';
export { CallLogForm, toLogRequest, validateLog, type LogValues } from './components/CallLogForm';
export { useCall, useCalls, useLogCall } from './hooks/use-calls';
export { daysOverdue, orderForToday, telHref } from './utils/today';
export type { CallListParams } from './api/calls';
