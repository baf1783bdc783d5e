export { CalendarFeedExplanation, CalendarFeedHowTo, CalendarFeedSettings } from './components/CalendarFeedSettings';
export { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from './hooks/use-calendar-feed';
