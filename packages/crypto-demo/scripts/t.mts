import sodium from 'libsodium-wrappers';
import { createKit } from '../src/index.js';
import { makeRawSender } from '../bench/raw-sender.js';
const kit = await createKit();
const p = kit.provider();
const others = Array.from({ length: 30 }, (_, i) => kit.device(p, { user: `m${String(i).padStart(4, '0')}` }));
const alice = kit.device(p, { user: 'alice' });
alice.createConversation('g', others);
const TEXT = 'Vote tonight at 21:00 — meet at the café after? Bring Bob';
const raw = makeRawSender('g', { user: 'ralph', device: 'ralph/phone', name: 'Ralph' }, others.map((d) => d.bundle), TEXT);
const realRelay = p.relay.bind(p);
function bench(label: string) {
  const k: number[] = [], r: number[] = [];
  for (let i = 0; i < 4000; i++) {
    let t = performance.now(); alice.send('g', TEXT); const a = performance.now() - t;
    t = performance.now(); raw.send(); const b = performance.now() - t;
    if (i > 500) { k.push(a); r.push(b); }
    if (i % 100 === 0) for (const d of others) p.collect(d.id);
  }
  k.sort((x, y) => x - y); r.sort((x, y) => x - y);
  console.log(label, (k[k.length >> 1]! * 1000).toFixed(1), (r[r.length >> 1]! * 1000).toFixed(1), (k[k.length >> 1]! / r[r.length >> 1]!).toFixed(3));
}
bench('with relay');
(p as any).relay = () => undefined;
bench('no relay');
(p as any).relay = realRelay;
bench('with relay');
