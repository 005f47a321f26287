// Table-driven tests of event words read by their sense (their object, their sentence) and of mentions of one incident
// joined (an indefinite that says what happened, a head said of the event before, a plural after a plural). Hand-parsed
// sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../src/extract/context.js';
import { analysisOf, type SentenceSpec } from './fixtures.js';

/** "word=Type" of each event mention of the sentences. */
const typed = (specs: SentenceSpec[]): string[] => {
  const a = analysisOf(specs);
  return contextOf(a).book.mentions.map((m) => `${a.sentences[m.sentence]!.tokens[m.token]!.text}=${m.arg.eventType}`);
};
/** "word=key" of each event mention of the sentences. */
const keyed = (specs: SentenceSpec[]): string[] => {
  const a = analysisOf(specs);
  return contextOf(a).book.mentions.map((m) => `${a.sentences[m.sentence]!.tokens[m.token]!.text}=${m.arg.key}`);
};

const senses: Array<[string, SentenceSpec, string[]]> = [
  ['a deal struck with someone is no attack', { rows: `
    The the DET DT 2 det
    band band NOUN NN 3 nsubj
    signed sign VERB VBD 0 root
    a a DET DT 5 det
    deal deal NOUN NN 3 obj
    struck strike VERB VBN 5 acl
    with with ADP IN 9 case
    the the DET DT 9 det
    union union NOUN NN 6 obl
    . . PUNCT . 3 punct` }, ['deal=Agreement']],
  ['a deal was struck: the passive subject is what was struck', { rows: `
    A a DET DT 2 det
    deal deal NOUN NN 4 nsubj:pass
    was be AUX VBD 4 aux:pass
    struck strike VERB VBN 0 root
    on on ADP IN 6 case
    Monday Monday PROPN NNP 4 obl
    . . PUNCT . 4 punct` }, ['deal=Agreement']],
  ['prices shot up: a rise, no shooting', { rows: `
    Prices price NOUN NNS 2 nsubj
    shot shoot VERB VBD 0 root
    up up ADP RP 2 compound:prt
    after after ADP IN 6 case
    the the DET DT 6 det
    report report NOUN NN 2 obl
    . . PUNCT . 2 punct` }, []],
  ['stormed to victory is no assault', { rows: `
    Kovac Kovac PROPN NNP 2 nsubj
    stormed storm VERB VBD 0 root
    to to ADP IN 4 case
    victory victory NOUN NN 2 obl
    . . PUNCT . 2 punct`, mentions: [['Kovac', 'Person']] }, []],
  ['stormed the hotel is one', { rows: `
    Gunmen gunman NOUN NNS 2 nsubj
    stormed storm VERB VBD 0 root
    the the DET DT 4 det
    hotel hotel NOUN NN 2 obj
    . . PUNCT . 2 punct` }, ['stormed=Attack']],
  ['attacked the plans as reckless is a criticism', { rows: `
    The the DET DT 2 det
    senator senator NOUN NN 3 nsubj
    attacked attack VERB VBD 0 root
    the the DET DT 5 det
    plans plan NOUN NNS 3 obj
    as as ADP IN 7 case
    reckless reckless ADJ JJ 3 obl
    . . PUNCT . 3 punct` }, []],
  ['attacked a party for wanting something is a criticism', { rows: `
    Ministers minister NOUN NNS 2 nsubj
    attacked attack VERB VBD 0 root
    the the DET DT 4 det
    Greens Greens PROPN NNPS 2 obj
    for for SCONJ IN 6 mark
    wanting want VERB VBG 2 advcl
    higher high ADJ JJR 8 amod
    taxes tax NOUN NNS 6 obj
    . . PUNCT . 2 punct`, mentions: [['Greens', 'PoliticalParty']] }, []],
  ['attacked the village is an attack', { rows: `
    Rebels rebel NOUN NNS 2 nsubj
    attacked attack VERB VBD 0 root
    the the DET DT 4 det
    village village NOUN NN 2 obj
    . . PUNCT . 2 punct` }, ['attacked=Attack']],
  ['an attack in the 22nd minute is play', { rows: `
    We we PRON PRP 2 nsubj
    had have VERB VBD 0 root
    our our PRON PRP$ 5 nmod:poss
    first first ADJ JJ 5 amod
    attack attack NOUN NN 2 obj
    in in ADP IN 9 case
    the the DET DT 9 det
    22nd 22nd ADJ JJ 9 amod
    minute minute NOUN NN 5 nmod
    . . PUNCT . 2 punct` }, []],
  ['a word of violence keeps the attack whatever words of sport are near', { rows: `
    Gunmen gunman NOUN NNS 2 nsubj
    attacked attack VERB VBD 0 root
    the the DET DT 5 det
    football football NOUN NN 5 compound
    match match NOUN NN 2 obj
    . . PUNCT . 2 punct` }, ['attacked=Attack']],
  ['a measure hyphenated onto a number is no word of sport', { rows: `
    They they PRON PRP 2 nsubj
    gave give VERB VBD 0 root
    a a DET DT 7 det
    30 30 NUM CD 7 nummod
    ~- - PUNCT HYPH 6 punct
    ~minute minute NOUN NN 7 compound
    warning warning NOUN NN 2 obj
    before before ADP IN 10 case
    the the DET DT 10 det
    attack attack NOUN NN 2 obl
    . . PUNCT . 2 punct` }, ['attack=Attack']],
  ['a strike workers take part in is a walkout', { rows: `
    Workers worker NOUN NNS 3 nsubj
    will will AUX MD 3 aux
    take take VERB VB 0 root
    part part NOUN NN 3 obj
    in in ADP IN 7 case
    a a DET DT 7 det
    strike strike NOUN NN 3 obl
    over over ADP IN 9 case
    pay pay NOUN NN 7 nmod
    . . PUNCT . 3 punct` }, ['strike=Protest']],
  ['"in attack" bare after a preposition is no event', { rows: `
    The the DET DT 2 det
    team team NOUN NN 3 nsubj
    showed show VERB VBD 0 root
    little little ADJ JJ 3 obj
    in in ADP IN 6 case
    attack attack NOUN NN 3 obl
    . . PUNCT . 3 punct` }, []],
  ['"that is not the case" is no court case', { rows: `
    That that PRON DT 5 nsubj
    is be AUX VBZ 5 cop
    not not PART RB 5 advmod
    the the DET DT 5 det
    case case NOUN NN 0 root
    . . PUNCT . 5 punct` }, []],
  ['the case against him is one', { rows: `
    The the DET DT 2 det
    case case NOUN NN 4 nsubj
    was be AUX VBD 4 cop
    strong strong ADJ JJ 0 root
    . . PUNCT . 4 punct` }, ['case=Trial']],
  ['an organisation\'s poll is a survey', { rows: `
    Sales sale NOUN NNS 2 nsubj
    rose rise VERB VBD 0 root
    after after ADP IN 6 case
    the the DET DT 6 det
    Acme Acme PROPN NNP 6 compound
    poll poll NOUN NN 2 obl
    . . PUNCT . 2 punct`, mentions: [['Acme', 'Company']] }, []],
  ['a poll someone conducted is a survey', { rows: `
    Acme Acme PROPN NNP 2 nsubj
    conducted conduct VERB VBD 0 root
    the the DET DT 4 det
    poll poll NOUN NN 2 obj
    . . PUNCT . 2 punct`, mentions: [['Acme', 'Company']] }, []],
  ['goods on sale are no sale made', { rows: `
    The the DET DT 2 det
    phone phone NOUN NN 3 nsubj
    goes go VERB VBZ 0 root
    on on ADP IN 5 case
    sale sale NOUN NN 3 obl
    . . PUNCT . 3 punct` }, []],
  ['curbs on credit speak of lending in general', { rows: `
    They they PRON PRP 2 nsubj
    imposed impose VERB VBD 0 root
    curbs curb NOUN NNS 2 obj
    on on ADP IN 5 case
    credit credit NOUN NN 3 nmod
    . . PUNCT . 2 punct` }, []],
  ['a verb inside a hyphenated word reports no event', { rows: `
    Militants militant NOUN NNS 2 nsubj
    used use VERB VBD 0 root
    easy easy ADJ JJ 7 amod
    ~- - PUNCT HYPH 5 punct
    ~to to PART TO 7 mark
    ~- - PUNCT HYPH 7 punct
    ~buy buy VERB VB 8 amod
    drones drone NOUN NNS 2 obj
    . . PUNCT . 2 punct` }, []],
  ['a condition reports no event', { rows: `
    If if SCONJ IN 3 mark
    you you PRON PRP 3 nsubj
    shoot shoot VERB VBP 9 advcl
    it it PRON PRP 3 obj
    down down ADP RP 3 compound:prt
    , , PUNCT , 9 punct
    it it PRON PRP 9 nsubj
    may may AUX MD 9 aux
    explode explode VERB VB 0 root
    . . PUNCT . 9 punct` }, []],
  ['a loan modifying an agreement is read as before', { rows: `
    The the DET DT 3 det
    loan loan NOUN NN 3 compound
    agreement agreement NOUN NN 4 nsubj
    expires expire VERB VBZ 0 root
    . . PUNCT . 4 punct` }, ['loan=Lend', 'agreement=Agreement']],
];

describe('event words by their sense', () => {
  for (const [name, spec, want] of senses) it(name, () => expect(typed([spec])).toEqual(want));
});

// "An explosion hit the market." first, then the sentences of each row
const explosion: SentenceSpec = { rows: `
  An a DET DT 2 det
  explosion explosion NOUN NN 3 nsubj
  hit hit VERB VBD 0 root
  the the DET DT 5 det
  market market NOUN NN 3 obj
  . . PUNCT . 3 punct` };
const calledAttack: SentenceSpec = { rows: `
  Police police NOUN NNS 2 nsubj
  called call VERB VBD 0 root
  it it PRON PRP 2 obj
  an a DET DT 5 det
  attack attack NOUN NN 2 obj
  . . PUNCT . 2 punct` };
const thereWasBombing: SentenceSpec = { rows: `
  There there PRON EX 2 expl
  was be VERB VBD 0 root
  a a DET DT 4 det
  bombing bombing NOUN NN 2 nsubj
  . . PUNCT . 2 punct` };
const theBombing: SentenceSpec = { rows: `
  The the DET DT 2 det
  bombing bombing NOUN NN 4 nsubj:pass
  was be AUX VBD 4 aux:pass
  condemned condemn VERB VBN 0 root
  . . PUNCT . 4 punct` };
const separateAttack: SentenceSpec = { rows: `
  A a DET DT 3 det
  separate separate ADJ JJ 3 amod
  attack attack NOUN NN 4 nsubj
  hit hit VERB VBD 0 root
  the the DET DT 6 det
  port port NOUN NN 4 obj
  . . PUNCT . 4 punct` };
const anotherAttack: SentenceSpec = { rows: `
  There there PRON EX 2 expl
  was be VERB VBD 0 root
  another another DET DT 4 det
  attack attack NOUN NN 2 nsubj
  . . PUNCT . 2 punct` };
const twoBombings: SentenceSpec = { rows: `
  Two two NUM CD 2 nummod
  bombings bombing NOUN NNS 3 nsubj
  hit hit VERB VBP 0 root
  the the DET DT 5 det
  city city NOUN NN 3 obj
  . . PUNCT . 3 punct` };
const firstAttack: SentenceSpec = { rows: `
  The the DET DT 3 det
  first first ADJ JJ 3 amod
  attack attack NOUN NN 4 nsubj
  hit hit VERB VBD 0 root
  a a DET DT 6 det
  market market NOUN NN 4 obj
  . . PUNCT . 4 punct` };
const theAttacks: SentenceSpec = { rows: `
  The the DET DT 2 det
  attacks attack NOUN NNS 4 nsubj:pass
  were be AUX VBD 4 aux:pass
  condemned condemn VERB VBN 0 root
  . . PUNCT . 4 punct` };
const bothAttacks: SentenceSpec = { rows: `
  Both both DET DT 2 det
  attacks attack NOUN NNS 4 nsubj:pass
  were be AUX VBD 4 aux:pass
  condemned condemn VERB VBN 0 root
  . . PUNCT . 4 punct` };
const anyAttack: SentenceSpec = { rows: `
  Any any DET DT 2 det
  attack attack NOUN NN 7 nsubj
  on on ADP IN 4 case
  civilians civilian NOUN NNS 2 nmod
  is be AUX VBZ 7 cop
  a a DET DT 7 det
  crime crime NOUN NN 0 root
  . . PUNCT . 7 punct` };

const carriedOut: SentenceSpec = { rows: `
  Militants militant NOUN NNS 2 nsubj
  carried carry VERB VBD 0 root
  out out ADP RP 2 compound:prt
  an a DET DT 5 det
  attack attack NOUN NN 2 obj
  on on ADP IN 8 case
  the the DET DT 8 det
  police police NOUN NN 5 nmod
  . . PUNCT . 2 punct` };
const datedElsewhere: SentenceSpec = { rows: `
  Five five NUM CD 2 nummod
  people people NOUN NNS 4 nsubj:pass
  were be AUX VBD 4 aux:pass
  killed kill VERB VBN 0 root
  on on ADP IN 6 case
  Monday Monday PROPN NNP 4 obl
  in in ADP IN 9 case
  an a DET DT 9 det
  attack attack NOUN NN 4 obl
  on on ADP IN 12 case
  a a DET DT 12 det
  port port NOUN NN 9 nmod
  . . PUNCT . 4 punct`, times: [['Monday', '2024-03-25']] };

const relativeHarm: SentenceSpec = { rows: `
  Four four NUM CD 2 nummod
  militants militant NOUN NNS 3 nsubj
  died die VERB VBD 0 root
  when when ADV WRB 7 advmod
  their their PRON PRP$ 6 nmod:poss
  car car NOUN NN 7 nsubj
  set set VERB VBD 3 advcl
  off off ADP RP 7 compound:prt
  an a DET DT 10 det
  explosion explosion NOUN NN 7 obj
  that that PRON WDT 12 nsubj
  killed kill VERB VBD 10 acl:relcl
  everyone everyone PRON NN 12 obj
  aboard aboard ADV RB 12 advmod
  . . PUNCT . 3 punct` };

const incidents: Array<[string, SentenceSpec[], string[]]> = [
  ['an indefinite whose relative clause says it did harm is another incident', [explosion, relativeHarm], ['explosion=attack-1', 'explosion=attack-2']],
  ['an indefinite with no word of its own tells the incident again', [explosion, carriedOut], ['explosion=attack-1', 'attack=attack-1']],
  ['an indefinite in a sentence with a date of its own is another incident', [explosion, datedElsewhere], ['explosion=attack-1', 'attack=attack-2']],
  ['what the police called an attack is the explosion', [explosion, calledAttack], ['explosion=attack-1', 'attack=attack-1']],
  ['"there was a bombing" is the explosion', [explosion, thereWasBombing], ['explosion=attack-1', 'bombing=attack-1']],
  ['"there was another attack" is another', [explosion, anotherAttack], ['explosion=attack-1', 'attack=attack-2']],
  ['"the bombing" is the event a bombing was said of, not a separate attack named since', [explosion, thereWasBombing, separateAttack, theBombing],
    ['explosion=attack-1', 'bombing=attack-1', 'attack=attack-2', 'bombing=attack-1']],
  ['"the attacks" after two bombings and the first of them are the two', [twoBombings, firstAttack, theAttacks],
    ['bombings=attack-1', 'attack=attack-2', 'attacks=attack-1']],
  ['"both attacks" name no one event', [twoBombings, firstAttack, bothAttacks], ['bombings=attack-1', 'attack=attack-2']],
  ['"any attack" names no event', [explosion, anyAttack], ['explosion=attack-1']],
];

describe('mentions of one incident', () => {
  for (const [name, specs, want] of incidents) it(name, () => expect(keyed(specs)).toEqual(want));
});
