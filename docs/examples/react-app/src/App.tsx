import { ConversationView, WhoCanReadMatrix, matrixRowsFromMessages } from '@e2ee-kit/ui';
import { useEffect, useState } from 'react';
import type { Chat } from './chat.js';

type Loading =
  { state: 'loading' } | { state: 'ready'; chat: Chat } | { state: 'failed'; error: unknown };

export function App() {
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  const [seat, setSeat] = useState('');

  useEffect(() => {
    let current = true;
    // The dynamic import() puts the crypto in a chunk of its own.
    import('./chat.js')
      .then(({ buildChat }) => buildChat())
      .then(
        (chat) => {
          if (!current) return;
          setLoading({ state: 'ready', chat });
          setSeat(chat.seats[0]?.id ?? '');
        },
        (error: unknown) => {
          if (current) setLoading({ state: 'failed', error });
        },
      );
    return () => {
      current = false;
    };
  }, []);

  return (
    <main style={{ maxWidth: '60rem', margin: '0 auto', padding: '1rem' }}>
      <h1>A chat with a ghost</h1>
      {loading.state === 'loading' && <p role="status">Loading the cryptography…</p>}
      {loading.state === 'failed' && (
        <p role="alert">The cryptography did not load: {String(loading.error)}</p>
      )}
      {loading.state === 'ready' && (
        <>
          <ConversationView
            title="Alice and Bob"
            messages={loading.chat.messages}
            seats={loading.chat.seats}
            selectedSeat={seat}
            onSelectSeat={setSeat}
          />
          <h2>Who can read each message</h2>
          <WhoCanReadMatrix
            rows={matrixRowsFromMessages(loading.chat.messages)}
            highlightParty={seat}
          />
        </>
      )}
    </main>
  );
}
