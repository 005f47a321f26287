// Table-driven tests of counted plural incidents that people were harmed in ("were killed in two blasts"): the incidents
// are an event of their own with the count, place and date of the clause. Hand-parsed sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { events } from '../../src/extract/events.js';
import { extract } from '../../src/extract/extract.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

// "Five soldiers were killed in two blasts in Tarnovo on Monday."
const killedInTwo: SentenceSpec = { rows: `
  Five five NUM CD 2 nummod
  soldiers soldier NOUN NNS 4 nsubj:pass
  were be AUX VBD 4 aux:pass
  killed kill VERB VBN 0 root
  in in ADP IN 7 case
  two two NUM CD 7 nummod
  blasts blast NOUN NNS 4 obl
  in in ADP IN 9 case
  Tarnovo Tarnovo PROPN NNP 7 nmod
  on on ADP IN 11 case
  Monday Monday PROPN NNP 7 nmod
  . . PUNCT . 4 punct`, mentions: [['Tarnovo', 'City']], times: [['Monday', '2024-03-25']] };
// "Eleven people died in three bombings in Ostrava."
const diedInThree: SentenceSpec = { rows: `
  Eleven eleven NUM CD 2 nummod
  people person NOUN NNS 3 nsubj
  died die VERB VBD 0 root
  in in ADP IN 6 case
  three three NUM CD 6 nummod
  bombings bombing NOUN NNS 3 obl
  in in ADP IN 8 case
  Ostrava Ostrava PROPN NNP 6 nmod
  . . PUNCT . 3 punct`, mentions: [['Ostrava', 'City']] };
// "Two analysts wrote about three attacks in Ostrava." — no one harmed: counted attacks spoken of are no incident
const wroteAbout: SentenceSpec = { rows: `
  Two two NUM CD 2 nummod
  analysts analyst NOUN NNS 3 nsubj
  wrote write VERB VBD 0 root
  about about ADP IN 6 case
  three three NUM CD 6 nummod
  attacks attack NOUN NNS 3 obl
  in in ADP IN 8 case
  Ostrava Ostrava PROPN NNP 6 nmod
  . . PUNCT . 3 punct`, mentions: [['Ostrava', 'City']] };

describe('counted plural incidents people were harmed in', () => {
  const table: Array<[string, SentenceSpec, string[], string[]]> = [
    ['killed in two blasts: the blasts killed the five, in the place and on the day of the clause', killedInTwo,
      ['blasts | killed | 5 | + |  | fact', 'blasts | locatedIn | Tarnovo | + |  | fact', 'blasts | date | 2024-03-25 | + |  | fact'], []],
    ['died in three bombings: the bombings killed the eleven, in the place of the clause', diedInThree,
      ['bombings | killed | 11 | + |  | fact', 'bombings | locatedIn | Ostrava | + |  | fact'], []],
    ['attacks written about harmed no one: no event of them', wroteAbout, [], ['attacks | locatedIn | Ostrava | + |  | fact']],
  ];
  for (const [name, spec, present, absent] of table) {
    it(name, () => {
      const got = events(analysisOf([spec])).map(show);
      for (const r of present) expect(got).toContain(r);
      for (const r of absent) expect(got).not.toContain(r);
    });
  }
});

// "Six Ardanian soldiers were killed in two blasts in the province Tuesday night." — a name of who they are between the
// number and the counted noun, and a bare time hung on the place's noun
const soldiersNight: SentenceSpec = { rows: `
  Six six NUM CD 3 nummod
  Ardanian Ardanian PROPN NNP 3 compound
  soldiers soldier NOUN NNS 5 nsubj:pass
  were be AUX VBD 5 aux:pass
  killed kill VERB VBN 0 root
  in in ADP IN 8 case
  two two NUM CD 8 nummod
  blasts blast NOUN NNS 5 obl
  in in ADP IN 11 case
  the the DET DT 11 det
  province province NOUN NN 8 nmod
  Tuesday Tuesday PROPN NNP 13 compound
  night night NOUN NN 11 nmod:unmarked
  . . PUNCT . 5 punct`, times: [['Tuesday night', '2024-03-19']] };
// "Later the device exploded, killing three people." after the two blasts: one of the blasts, not both
const device: SentenceSpec = { rows: `
  Later later ADV RB 4 advmod
  the the DET DT 3 det
  device device NOUN NN 4 nsubj
  exploded explode VERB VBD 0 root
  , , PUNCT , 6 punct
  killing kill VERB VBG 4 advcl
  three three NUM CD 8 nummod
  people person NOUN NNS 6 obj
  . . PUNCT . 4 punct` };

describe('counts, places and times of counted incidents', () => {
  it('a name between the number and the counted noun still counts; a bare time on the place is the event\'s date', () => {
    const got = extract(analysisOf([soldiersNight]), { minConfidence: 0 }).map(show);
    expect(got).toContain('blasts | killed | 6 | + |  | fact');
    expect(got).toContain('blasts | date | 2024-03-19 | + |  | fact');
    expect(got).toContain('blasts | locatedIn | province | + |  | fact');
  });
  it('a singular device after the counted blasts is an incident of its own', () => {
    const got = events(analysisOf([soldiersNight, device])).map(show);
    expect(got).toContain('device | killed | 3 | + |  | fact');
    expect(got).not.toContain('blasts | killed | 3 | + |  | fact');
  });
});
