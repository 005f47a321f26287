// Colours of entity types and relation kinds, chosen to stay apart on white and for common colour blindness.
import type { RelationKind } from './types.js';

const TYPE_COLORS: Record<string, string> = {
  Person: '#4e79a7',
  Organization: '#f28e2b',
  GovernmentBody: '#e15759',
  Company: '#76b7b2',
  PoliticalParty: '#59a14f',
  ArmedGroup: '#8c2d04',
  NewsAgency: '#d4a6c8',
  Country: '#b07aa1',
  City: '#ff9da7',
  Location: '#9c755f',
  Facility: '#a0a0a0',
  Event: '#edc948',
  Group: '#8cd17d',
  Misc: '#79706e',
  Concept: '#9ecae9',
  Quantity: '#c5b0d5',
};
const EXTRA_COLORS = ['#17becf', '#bcbd22', '#7f7f7f', '#aec7e8', '#ffbb78', '#98df8a'];

/** Readable names of the entity types. */
const TYPE_NAMES: Record<string, string> = {
  GovernmentBody: 'Government body',
  PoliticalParty: 'Political party',
  ArmedGroup: 'Armed group',
  NewsAgency: 'News agency',
  Organization: 'Organisation',
};

export function typeColor(type: string): string {
  const known = TYPE_COLORS[type];
  if (known) return known;
  let h = 0;
  for (let i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) >>> 0;
  return EXTRA_COLORS[h % EXTRA_COLORS.length]!;
}

export function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type.replace(/([a-z])([A-Z])/g, '$1 $2');
}

export const KIND_COLORS: Record<RelationKind, string> = {
  fact: '#8792a2',
  claim: '#c98a00',
  denial: '#d0342c',
};

export const KIND_NAMES: Record<RelationKind, string> = {
  fact: 'Fact',
  claim: 'Claim',
  denial: 'Denial',
};

export const KIND_DESCRIPTIONS: Record<RelationKind, string> = {
  fact: 'asserted by the article in its own voice',
  claim: 'attributed to a speaker or hedged, not asserted as fact',
  denial: 'denied or negated',
};

export const FADED_NODE = '#e4e7ec';
export const FADED_EDGE = '#eef0f3';
export const HIGHLIGHT_EDGE = '#1f2937';
