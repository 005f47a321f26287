// Reads numbers, counts and money amounts in news English: "at least 137", "$6bn", "£5.7 billion", "two-thirds".
import type { LiteralArgument } from './candidate.js';
import { wordTable } from '../util/word-table.js';

const CURRENCY_SYMBOL: Record<string, string> = wordTable({ $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB' });
const CURRENCY_WORD: Record<string, string> = wordTable({
  dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', euro: 'EUR', euros: 'EUR', yen: 'JPY', rouble: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', yuan: 'CNY', rupee: 'INR', rupees: 'INR', usd: 'USD', gbp: 'GBP', eur: 'EUR',
});
const SCALE: Record<string, number> = wordTable({
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
});
/** Plurals of numbers that count vaguely, with the least they say: "dozens of people" are at least 24. */
const VAGUE_NUMBERS: Record<string, number> = wordTable({ dozens: 24, hundreds: 200, thousands: 2000 });
const WORD_NUMBERS: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  ...VAGUE_NUMBERS,
});

/** Words that open a count after a verb or an event noun: "killing at least 20", "injured another 15", "wounding up to 30". */
export const COUNT_OPENERS = new Set(['at', 'least', 'more', 'than', 'some', 'about', 'nearly', 'over', 'almost', 'around', 'up', 'to', 'another', 'an', 'estimated', 'roughly', 'approximately', 'as', 'many', 'fewer', 'less', 'under']);

/** Exact decimal string of a number without exponent or float noise: 6.75e9 -> "6750000000". */
export function numberString(n: number): string {
  if (Number.isInteger(n)) return BigInt(Math.round(n)).toString();
  return String(Number(n.toFixed(6)));
}

/** The factor of a scale word or abbreviation, singular or plural: "bn" and "billions" -> 1e9. */
function scaleOf(word: string): number {
  const w = word.toLowerCase();
  return SCALE[w] ?? SCALE[w.replace(/s$/, '')]!;
}

/** A money amount in the text ("$6bn", "£5.7 billion", "20m euros"), with the matched span inside `text`. */
export function findMoney(text: string): Array<{ value: string; currency: string; index: number; length: number }> {
  const out: Array<{ value: string; currency: string; index: number; length: number }> = [];
  if (!/\d/.test(text)) return out; // every amount has a digit; most argument texts have none
  // ("£22 billions worth": a plural scale word scales as the singular does)
  const sym = /([$£€¥₹₽])\s?(\d[\d,]*(?:\.\d+)?)\s?(bn|billions?|tn|trillions?|mn|m|millions?|k|thousands?)?\b/giu;
  for (const m of text.matchAll(sym)) {
    const n = Number(m[2]!.replace(/,/g, '')) * (m[3] ? scaleOf(m[3]) : 1);
    out.push({ value: numberString(n), currency: CURRENCY_SYMBOL[m[1]!]!, index: m.index!, length: m[0].length });
  }
  const word = /\b(\d[\d,]*(?:\.\d+)?)\s?(bn|billions?|tn|trillions?|mn|m|millions?|k|thousands?)?\s(dollars?|pounds?|euros?|yen|roubles?|rubles?|yuan|rupees?)\b/giu;
  for (const m of text.matchAll(word)) {
    const n = Number(m[1]!.replace(/,/g, '')) * (m[2] ? scaleOf(m[2]) : 1);
    out.push({ value: numberString(n), currency: CURRENCY_WORD[m[3]!.toLowerCase()]!, index: m.index!, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The value of a number token ("137", "1,200", "2.5", "five", "3m"), or undefined. */
export function numberValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const scaled = /^(\d+(?:\.\d+)?)(bn|m|k|tn)$/.exec(w);
  if (scaled) return Number(scaled[1]) * SCALE[scaled[2]!]!;
  return WORD_NUMBERS[w];
}

/** Whether a word is a plural of a number that counts vaguely ("dozens", "hundreds"): its value is a lower bound. */
export function isVagueNumber(word: string): boolean {
  return word.toLowerCase() in VAGUE_NUMBERS;
}

/** The bound a phrase before a number gives: "at least" -> min, "up to" -> max, "about" -> approx. */
export function boundOf(before: string): LiteralArgument['bound'] {
  const b = before.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/(at least|more than|over|upwards of|in excess of|no fewer than|no less than)$/.test(b)) return 'min';
  if (/(at most|up to|fewer than|less than|under|no more than)$/.test(b)) return 'max';
  if (/(about|around|approximately|some|nearly|almost|roughly|an estimated|estimated|close to)$/.test(b)) return 'approx';
  return 'exact';
}
