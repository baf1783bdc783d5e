import { PageHeader } from '@/components/PageHeader';
import { CalendarFeedExplanation, CalendarFeedHowTo, CalendarFeedSettings } from '@/features/calendar-feed';
import { nl } from '@/lib/i18n/nl';

/** Agenda-koppeling (jobcoach): the personal iCalendar link of planned follow-up calls. */
export function CalendarFeedPage() {
  return (
    <>
      <PageHeader title={nl.calendarFeed.title} />
      <CalendarFeedExplanation />
      <CalendarFeedSettings />
      <CalendarFeedHowTo />
    </>
  );
}
