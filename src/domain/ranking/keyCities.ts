/**
 * The city lists the composite-index ranking is scoped to: the 168 key cities with their regional
 * groups and provincial lists (data/ranking/key-cities-168.json, `lantian-key-cities/1`, an editable
 * file — the official list is note 1 of CNEMC's monthly 全国城市空气质量报告, not at hand;
 * ../shared/reference/key-cities-168.md), and the scopes built from them.
 */
import type { Message } from '../types.ts';
import keyCities168 from '../../../data/ranking/key-cities-168.json';
import { bilingual } from '../text/text.ts';

export interface CityGroup {
  id: string;
  name: Message;
  cities: string[];
}

export interface KeyCityList {
  format: 'lantian-key-cities/1';
  name: Message;
  source: string;
  note: Message;
  /** Regional groups; their union is the key-city list. */
  groups: CityGroup[];
  /** Further lists (a province's cities), ranked like a group. */
  provinces: CityGroup[];
}

/** A ranking scope: its id, name and cities (null = every loaded city). */
export interface RankingScope {
  id: string;
  name: Message;
  cities: string[] | null;
}

/** The scope of all loaded cities. */
export const ALL_LOADED_SCOPE = 'all';
/** The scope of the key-city list (168). */
export const KEY_CITIES_SCOPE = 'key';

function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && typeof (v as Message).zh === 'string' && typeof (v as Message).en === 'string';
}

function groupsOf(v: unknown, field: string): CityGroup[] {
  if (!Array.isArray(v)) throw new TypeError(`key-city list: "${field}" must be an array`);
  return v.map((g: unknown, i) => {
    const o = g as Record<string, unknown>;
    if (typeof o?.id !== 'string' || !isMessage(o.name) || !Array.isArray(o.cities) || !o.cities.every((c) => typeof c === 'string')) {
      throw new TypeError(`key-city list: ${field}[${i}] needs id, name {zh, en} and cities [string]`);
    }
    return { id: o.id, name: o.name, cities: (o.cities as string[]).map(cityKey) };
  });
}

/** Checks a parsed `lantian-key-cities/1` document; throws a TypeError naming the first fault. */
export function parseKeyCityList(doc: unknown): KeyCityList {
  const o = doc as Record<string, unknown>;
  if (o?.format !== 'lantian-key-cities/1') throw new TypeError('key-city list: format must be "lantian-key-cities/1"');
  if (!isMessage(o.name) || !isMessage(o.note) || typeof o.source !== 'string') throw new TypeError('key-city list: name, note {zh, en} and source are required');
  const groups = groupsOf(o.groups, 'groups');
  const provinces = groupsOf(o.provinces ?? [], 'provinces');
  const seen = new Set<string>();
  for (const g of groups) {
    for (const c of g.cities) {
      if (seen.has(c)) throw new TypeError(`key-city list: ${c} is in two groups`);
      seen.add(c);
    }
  }
  return { format: 'lantian-key-cities/1', name: o.name, source: o.source, note: o.note, groups, provinces };
}

/** The shipped list (data/ranking/key-cities-168.json). */
export const KEY_CITIES_168: KeyCityList = parseKeyCityList(keyCities168);

/**
 * A city name as the lists and the station list compare it: trimmed, without the 市 suffix
 * (太原市 = 太原; the national station list's 城市 column has no suffix).
 */
export function cityKey(name: string): string {
  const t = name.trim();
  return t.length > 2 && t.endsWith('市') ? t.slice(0, -1) : t;
}

/** The key cities (union of the groups), in list order. */
export function keyCities(list: KeyCityList): string[] {
  return list.groups.flatMap((g) => g.cities);
}

/**
 * The ranking scopes, in the order the page offers them: the key cities, each regional group,
 * each provincial list, all loaded cities.
 */
export function rankingScopes(list: KeyCityList): RankingScope[] {
  const n = keyCities(list).length;
  return [
    { id: KEY_CITIES_SCOPE, name: bilingual('rankingScope_key', { n }), cities: keyCities(list) },
    ...list.groups.map((g) => ({ id: g.id, name: g.name, cities: g.cities })),
    ...list.provinces.map((g) => ({ id: g.id, name: g.name, cities: g.cities })),
    { id: ALL_LOADED_SCOPE, name: bilingual('rankingScope_all'), cities: null },
  ];
}
