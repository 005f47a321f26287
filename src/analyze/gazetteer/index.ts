// The gazetteer's public API: countries, demonyms, capitals, cities, organisation and title vocabularies, and a phrase matcher.
import { matchPhrases } from './phrases.js';
import { isFirstName } from './first-names.js';
import { isHonorific, titleLength } from './titles.js';
import { ARMED_GROUP_CUES, COMPANY_HEADS, FACILITY_HEADS, GOVERNMENT_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS } from './organizations.js';
import { key } from './normalize.js';

export {
  allCountries, capitalCountry, capitalOf, countryByCode, demonymCountry, demonymToCountry, isCapital, isPluralDemonym, lookupCountry,
  type CountryInfo,
} from './countries.js';
export { lookupCity, type CityInfo } from './cities.js';
export { lookupRegion, type RegionInfo } from './regions.js';
export { isFirstName } from './first-names.js';
export { COURTESY_TITLE, HONORIFICS, HONORIFIC_GENDER, POST_NOMINALS, isHonorific, isRole, mayOpenTitle, spellsRole, titleLength } from './titles.js';
export { NAME_PARTICLES } from './name-particles.js';
export { NAMED_DAY_WORDS, isNamedDay } from './named-days.js';
export * from './organizations.js';
export { countryName, matchPhrases, type PhraseEntry, type PhraseKind, type PhraseMatch } from './phrases.js';
export { key as gazetteerKey } from './normalize.js';

/**
 * Gazetteer features for each word, for a statistical tagger: `B-`/`I-` + kind for phrase matches
 * (country, demonym, city, metonym, government, party, agency, armed-group), and word-level cues:
 * `first-name`, `honorific`, `title`, `company-head`, `org-head`, `gov-head`, `facility-head`,
 * `location-head`, `armed-cue`.
 */
export function gazetteerFeatures(words: readonly string[]): string[][] {
  const features: string[][] = words.map(() => []);
  // (states are not among the features the recogniser was trained with: matched without them, not filtered out after)
  for (const match of matchPhrases(words, false)) {
    for (let i = match.start; i < match.end; i++) features[i]!.push((i === match.start ? 'B-' : 'I-') + match.kind);
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const f = features[i]!;
    if (isFirstName(word)) f.push('first-name');
    if (isHonorific(word)) f.push('honorific');
    else if (titleLength(words, i) > 0) f.push('title');
    if (COMPANY_HEADS.has(word)) f.push('company-head');
    if (ORGANIZATION_HEADS.has(word)) f.push('org-head');
    if (GOVERNMENT_HEADS.has(word)) f.push('gov-head');
    if (FACILITY_HEADS.has(word)) f.push('facility-head');
    if (LOCATION_HEADS.has(word)) f.push('location-head');
    if (ARMED_GROUP_CUES.has(key(word))) f.push('armed-cue');
  }
  return features;
}
