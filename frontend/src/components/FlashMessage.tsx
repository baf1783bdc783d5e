import { useLocation } from 'react-router';

/** Router state used to show a confirmation on the next page ("De vacature is opgeslagen."). */
export interface FlashState {
  flash?: { text: string; tone?: 'success' | 'warning' };
}

/** Shows the flash message that the previous page passed through navigation state. */
export function FlashMessage() {
  const location = useLocation();
  const flash = (location.state as FlashState | null)?.flash;
  if (!flash) return null;
  return (
    <div className={`alert ${flash.tone === 'warning' ? 'alert--warning' : 'alert--success'}`} role="status">
      <p>{flash.text}</p>
    </div>
  );
}
