import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from '../api/calendar-feed';

/** The jobcoach's calendar link, or null when there is none. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: queryKeys.calendarFeed.all,
    queryFn: ({ signal }) => getCalendarFeed(signal),
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(queryKeys.calendarFeed.all, feed),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => queryClient.setQueryData(queryKeys.calendarFeed.all, null),
  });
}
