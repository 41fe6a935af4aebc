import { describe, expect, it } from 'vitest';
import { BUSY_SILENCE_MS, IDLE_SILENCE_MS, judgeSilence } from './liveness.ts';

describe('judgeSilence: a worker silent too long is dead, a busy one gets longer, a late check judges nothing', () => {
  it('an idle worker last heard 4.5 s ago is dead (allowance 4 s), one heard 3.9 s ago is alive', () => {
    expect(IDLE_SILENCE_MS).toBe(4000);
    expect(judgeSilence({ at: 1000, busy: false }, 5500, 4500)).toBe('dead');
    expect(judgeSilence({ at: 1000, busy: false }, 4900, 3900)).toBe('alive');
  });
  it('a worker that said it is busy may stay silent 90 s: 60 s of silence is alive, 91 s is dead', () => {
    expect(BUSY_SILENCE_MS).toBe(90_000);
    expect(judgeSilence({ at: 0, busy: true }, 60_000, 59_000)).toBe('alive');
    expect(judgeSilence({ at: 0, busy: true }, 91_000, 90_000)).toBe('dead');
  });
  it('a check 7 s after the previous one (the page was blocked; messages may be queued) judges nothing', () => {
    expect(judgeSilence({ at: 0, busy: false }, 9000, 2000)).toBe('skip');
    // 2.4 s after the previous check is still on time (2 × 1 s + 0.5 s slack)
    expect(judgeSilence({ at: 0, busy: false }, 4400, 2000)).toBe('dead');
  });
});
