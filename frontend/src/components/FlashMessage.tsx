import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

interface Flash {
  text: string;
  tone?: 'success' | 'warning';
}

/** Router state used to show a confirmation on the next page ("De vacature is opgeslagen."). */
export interface FlashState {
  flash?: Flash;
}

/**
 * Shows the flash message that the previous page passed through navigation state,
 * until the user goes to another address. Once shown it is taken out of the history
 * entry, so reloading the page (or coming back to it) does not confirm the same
 * action again.
 */
export function FlashMessage() {
  const location = useLocation();
  const navigate = useNavigate();
  const incoming = (location.state as FlashState | null)?.flash;
  const address = location.pathname + location.search;
  const [shown, setShown] = useState<{ flash: Flash; address: string } | null>(null);

  // Remember the message while rendering (not in an effect), so it survives the
  // state-clearing navigation below and disappears as soon as the address changes.
  if (incoming && shown?.flash !== incoming) {
    setShown({ flash: incoming, address });
  } else if (!incoming && shown && shown.address !== address) {
    setShown(null);
  }

  useEffect(() => {
    if (!incoming) return;
    navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, state: null, preventScrollReset: true },
    );
  }, [incoming, location.pathname, location.search, location.hash, navigate]);

  const flash = incoming ?? (shown?.address === address ? shown.flash : undefined);
  if (!flash) return null;
  return (
    <div className={`alert ${flash.tone === 'warning' ? 'alert--warning' : 'alert--success'}`} role="status">
      <p>{flash.text}</p>
    </div>
  );
}
