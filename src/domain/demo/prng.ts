/**
 * Seeded pseudo-random numbers for the simulated demo dataset. Deterministic on every platform
 * (32-bit integer arithmetic only), so the same seed always gives the same demo, byte for byte.
 * Not for anything security-related.
 */

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * Mixes several integers into one 32-bit seed (MurmurHash3 finaliser on a running hash), so that
 * sub-streams such as (seed, station, purpose) are independent of each other.
 */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator with period 2^32, good
 * enough for simulation noise. Returns uniform numbers in [0, 1).
 */
export function mulberry32(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws from a uniform source (Box–Muller, the second value of each pair kept). */
export function normalSource(uniform: Uniform): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = uniform();
    while (u <= 1e-300) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}
