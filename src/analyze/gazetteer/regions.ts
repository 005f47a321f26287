// States of the United States, from the city-timezones package's provinces (GeoNames-derived): places within a country.
import cityTimezones from 'city-timezones';
import { key } from './normalize.js';
import { wordTable } from '../../util/word-table.js';

export interface RegionInfo {
  name: string;
  /** Common English name of its country. */
  country: string;
  /** ISO 3166-1 alpha-2 of its country. */
  iso3166: string;
}

/**
 * Countries whose first-level divisions news names without their country ("in Texas", "a Florida home"). Only the US
 * for now: its states are household names, where other countries' provinces collide with common words and towns.
 */
const REGION_COUNTRIES: Record<string, string> = wordTable({ US: 'United States' });

const byName = new Map<string, RegionInfo>();
// Only those countries' rows are sorted (774 of 7,329): this runs at start-up of every process that reads names.
for (const row of cityTimezones.cityMapping.filter((r) => REGION_COUNTRIES[r.iso2] && r.province).sort((a, b) => a.province.localeCompare(b.province))) {
  const k = key(row.province);
  if (!byName.has(k)) byName.set(k, { name: row.province, country: REGION_COUNTRIES[row.iso2]!, iso3166: row.iso2 });
}

/** The state a name is ("Texas" -> Texas, United States), whatever else the name may be; undefined for none. */
export function lookupRegion(name: string): RegionInfo | undefined {
  return byName.get(key(name));
}

/** Every region known here, by name, for building phrase tables. */
export function allRegions(): RegionInfo[] {
  return [...byName.values()];
}
