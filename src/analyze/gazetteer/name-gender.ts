// Common given names with their usual gender, so "he"/"she" can find "Matthew Miller" or "Cynthia Cooper" (extract's pronoun resolution, resolve's clusters).
// Only frequent, unambiguous names are listed: an unknown name leaves the gender unknown, which is compatible with both.
// Beyond them, the given names of a package's birth registers, read lazily.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MALE = `aaron abdul abdullah adam ahmad ahmed alan albert alex alexander alexei ali anatoly andrew andrey angus
anthony antonio anwar arnold arthur ashraf barack benjamin bernard bernie bill bob boris brad brian bruce carl
carlos charles chris christopher colin craig dan daniel darren david dennis dmitry donald douglas duncan edward
emmanuel eric erik fernando francis francisco frank fred frederick gareth gary geoffrey george gerald gerhard
gordon graham greg gregory hamid hans harold harry hassan henry hugh ian igor ivan jack jacques jake james jamie
jason javier jeff jeffrey jeremy jerry jim joe joel johann john jonathan jorge jose joseph juan julian justin
karl keith ken kenneth kevin khalid kofi lars leonard lionel louis luis mahmoud malcolm marco mark
martin matthew michael miguel mikhail mohamed mohammad mohammed muhammad neil nicholas nick nicolas nigel oleg
omar oliver osama owen patrick paul pedro pervez peter philip pierre rafael ralph ray raymond richard rishi
robert rodrigo roger ronald rory ross roy russell ryan saddam samuel scott sean sebastian sergei
sergey simon stephen steve steven stuart tariq ted terry thomas tim timothy toby todd tom tony vladimir viktor
walter wayne william xavier yasser yuri zach`;

const FEMALE = `agnes alice alison amanda amy ana angela angelina ann anna anne annie barbara beatrice benazir
betty beyonce brenda bridget carla carol caroline catherine charlotte cheryl christina christine cindy claire
clare condoleezza cynthia daphne deborah diana diane donna dorothy elena elizabeth ellen emily emma erica
erika eva fiona florence frances gloria grace hannah harriet heather helen hillary ingrid irene isabel jacqueline
jane janet janice jennifer jessica jill joan joanna josephine joyce judith julia julie karen kate katherine
kathleen kathryn kelly laura lauren linda lisa louise lucy lynn madeleine margaret maria marie marina marine
martha mary melanie melissa michelle monica nadia nancy natalia natalie nicole nina olga pamela patricia
paula penny rachel rebecca rose ruth sally samantha sandra sara sarah sharon shirley sophie stephanie sue susan
tanya teresa tessa theresa tina ursula valerie vanessa victoria virginia wendy yulia zoe`;

// Given names that are as often a family name written first (East Asian names: "Kim Jong-un", "Lee Hsien Loong") or that
// the registers below give one gender for though news uses both: their gender stays unknown.
const EITHER = new Set(['ariel', 'kim', 'lee', 'li', 'park', 'chen', 'lin', 'jin', 'han', 'sun', 'ma', 'gao', 'hong', 'yang', 'xi',
  'jordan', 'jean', 'marion', 'robin', 'andrea', 'nicola', 'sasha', 'alexis', 'jamie', 'morgan', 'taylor', 'leslie',
  'kelly', 'carey', 'shannon', 'dana', 'jody', 'jackie', 'sam', 'charlie', 'frankie', 'billie', 'toni', 'gabriele', 'michele',
  'simone', 'daniele', 'yuri', 'nikita', 'sacha', 'dominique', 'claude', 'camille', 'maxime', 'laurence']);

const GENDER = new Map<string, 'male' | 'female'>();
for (const n of MALE.split(/\s+/)) if (n) GENDER.set(n, 'male');
for (const n of FEMALE.split(/\s+/)) if (n) GENDER.set(n, 'female');

type Gender = 'male' | 'female';
const require = createRequire(import.meta.url);
// The registers of gender-detection-from-name (MIT): given names with their usual gender, from national birth
// registers (English 32,000 names; Italian, Spanish, German, Turkish fewer). Its French register is left out: it gives
// "female" for hundreds of men's names ("Aaron", "Ali", "Louis", "Raymond") and takes a third of the loading time.
const REGISTERS = ['en', 'it', 'es', 'de', 'tr'] as const;
let registered: Map<string, Gender> | undefined;

/**
 * Calls `row` with each row `['name', 'gender']` of a register's source, in order: the matches of the pattern
 * /\['([^'\\]*)', '([a-z]+)'\]/g (a name with no quotation mark or backslash, a gender of lower-case letters), found
 * with indexOf instead. Why: the pattern's matchAll over 1.1 MB of source, a match array, an iterator result and a
 * destructuring for each of the five registers' 49,345 rows made the registers' loading cost about 63 ms of processor
 * time in a build (fresh process pinned to one core, three runs: 62-64 ms -> 29-30 ms with this and the merge below).
 * tests/analyze/gazetteer-name-gender.test.ts holds the two readings equal on every register of the package.
 */
export function readRegisterRows(text: string, row: (name: string, gender: string) => void): void {
  // The next backslash at or after the current name's start (-1: none left), searched again only once passed.
  let backslash = text.indexOf('\\');
  let at = text.indexOf("['");
  while (at >= 0) {
    const nameStart = at + 2;
    const nameEnd = text.indexOf("'", nameStart);
    if (backslash >= 0 && backslash < nameStart) backslash = text.indexOf('\\', nameStart);
    let end = -1;
    if (nameEnd >= 0 && (backslash < 0 || backslash > nameEnd) && text.startsWith("', '", nameEnd)) {
      const genderStart = nameEnd + 4;
      let g = genderStart;
      for (let c = text.charCodeAt(g); c >= 97 && c <= 122; c = text.charCodeAt(++g));
      if (g > genderStart && text.startsWith("']", g)) {
        row(text.slice(nameStart, nameEnd), text.slice(genderStart, g));
        end = g + 2;
      }
    }
    at = text.indexOf("['", end >= 0 ? end : at + 1);
  }
}

/**
 * One register as the package's module would give it (a later row for the same name overrides an earlier one, as in
 * its `new Map([...])`). Why its text is read rather than the module run: running the five modules compiled about a
 * megabyte of array literals and kept their maps in the module cache for the rest of the process (~200 ms of
 * processor time and ~15 MB of peak memory, against ~60 ms and nothing kept but the merged table below).
 */
function register(lang: string): Map<string, string> {
  const file = require.resolve(`gender-detection-from-name/names/${lang}.js`);
  const names = new Map<string, string>();
  readRegisterRows(readFileSync(file, 'utf8'), (name, gender) => { names.set(name, gender); });
  if (!names.size) throw new Error(`name-gender: ${file}: no names found (has the package's format changed?)`);
  return names;
}

// A name's record while the registers are merged, one small integer (no object per name): the genders the registers
// gave it (MALE_SEEN | FEMALE_SEEN: they disagree), whether the English one lists it, and how many list it (from bit 3).
const MALE_SEEN = 1, FEMALE_SEEN = 2, IN_ENGLISH = 4, ONE_REGISTER = 8;

/**
 * The registers merged, read on first use (a build that meets no unusual given name never pays it).
 * A name keeps a gender only when every register that lists it gives the same one, and the English register or two
 * others list it: a name one register alone gives ("Xi" female in the Spanish one) or the registers disagree on
 * ("Andrea": female in English, male in Italian) stays unknown, which is compatible with both (and is not kept).
 */
function registers(): Map<string, Gender> {
  if (registered) return registered;
  const merged = new Map<string, number>();
  for (const lang of REGISTERS) {
    const english = lang === 'en' ? IN_ENGLISH : 0;
    register(lang).forEach((g, name) => {
      if (g !== 'male' && g !== 'female') return;
      const seen = merged.get(name);
      const gender = g === 'male' ? MALE_SEEN : FEMALE_SEEN;
      merged.set(name, seen === undefined ? gender | english | ONE_REGISTER : (seen | gender) + ONE_REGISTER);
    });
  }
  const table = new Map<string, Gender>();
  merged.forEach((record, name) => {
    const genders = record & (MALE_SEEN | FEMALE_SEEN);
    if (genders !== (MALE_SEEN | FEMALE_SEEN) && (record & IN_ENGLISH || record >= 2 * ONE_REGISTER)) table.set(name, genders === MALE_SEEN ? 'male' : 'female');
  });
  return (registered = table);
}

/** The merged registers (tests compare them with a reading of the packages' rows by the pattern). */
export function registeredGivenNames(): ReadonlyMap<string, Gender> {
  return registers();
}

function plain(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The usual gender of a common given name from the hand-kept lists above, or undefined. For a word that may be a
 * surname standing alone ("Brown", "Young", "King" are given names in the registers too): a surname is no evidence.
 */
export function genderOfCommonGivenName(name: string): Gender | undefined {
  const key = name.toLowerCase();
  return GENDER.get(key) ?? GENDER.get(plain(name));
}

/**
 * The usual gender of the given name of a full name ("Marion" in "Marion Jones"), or undefined when the name is unknown
 * or used for both. Accents are ignored ("Nicolás", "José"). Callers pass the first word of a name of several words:
 * a word standing alone is as often a surname, for which `genderOfCommonGivenName` is the one to ask.
 */
export function genderOfFirstName(name: string): Gender | undefined {
  const own = genderOfCommonGivenName(name);
  if (own) return own;
  const key = plain(name);
  if (EITHER.has(key) || !/^\p{L}[\p{L}'-]+$/u.test(key)) return undefined;
  return registers().get(key);
}
