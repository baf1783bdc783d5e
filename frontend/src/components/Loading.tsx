import { nl } from '@/lib/i18n/nl';

export function Loading({ text = nl.app.loading }: { text?: string }) {
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}
