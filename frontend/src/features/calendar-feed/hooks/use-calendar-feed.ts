import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { createCalendarFeed, getCalendarFeed, revokeCalendarFeed } from '../api/calendar-feed';

/**
 * The jobcoach's calendar link, or null when there is none. Never refetched by itself: a
 * refetch (e.g. on coming back from the calendar app's tab) would replace the URL that only
 * the POST revealed with the GET's answer without it, just when the user wants to paste it.
 */
export function useCalendarFeed() {
  return useQuery({
    queryKey: queryKeys.calendarFeed.all,
    queryFn: ({ signal }) => getCalendarFeed(signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
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
