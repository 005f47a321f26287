// Tests mention finding and typing on hand-tagged sentences written for the test (no trained model involved).
import { describe, expect, it } from 'vitest';
import type { Sentence, Upos } from '../../src/analyze/analysis.js';
import { findMentions } from '../../src/analyze/mentions/index.js';
import type { EntitySpan } from '../../src/analyze/ner/index.js';
import { tokenize } from '../../src/analyze/tokenizer/index.js';

interface Case {
  text: string;
  /** Recogniser spans by surface text (the first occurrence). */
  ner?: Array<[string, EntitySpan['type']]>;
  /** Tokens to mark as verbs, with their lemma. */
  verbs?: Record<string, string>;
  /** Dependency arcs by word (first occurrence): word -> [head word, relation]. */
  arcs?: Record<string, [string, string]>;
  /** Tokens to tag as proper nouns (others are nouns). */
  proper?: string[];
  /** Tokens to tag as adjectives. */
  adjectives?: string[];
  /** Expected mentions: [text, type, extra fields]. */
  expected: Array<[string, string, Record<string, unknown>?]>;
}

function run({ text, ner = [], verbs = {}, arcs = {}, proper = [], adjectives = [] }: Case) {
  const [raw] = tokenize(text);
  const auxiliaries = new Set(['has', 'had', 'have', 'was', 'is', 'are', 'were']);
  const index = (word: string) => raw!.tokens.findIndex((t) => t.text === word);
  const tokens = raw!.tokens.map((t) => ({
    ...t,
    lemma: verbs[t.text] ?? t.text.toLowerCase(),
    upos: (verbs[t.text] ? 'VERB' : auxiliaries.has(t.text) ? 'AUX' : proper.includes(t.text) ? 'PROPN' : adjectives.includes(t.text) ? 'ADJ' : 'NOUN') as Upos,
    tag: 'NN',
    head: arcs[t.text] ? index(arcs[t.text]![0]) : -1,
    dep: arcs[t.text]?.[1] ?? 'dep',
  }));
  const sentence: Sentence = { index: 0, start: raw!.start, end: raw!.end, text, tokens };
  const spans: EntitySpan[] = ner.map(([surface, type]) => {
    const at = text.indexOf(surface);
    const start = tokens.findIndex((t) => t.start === at);
    const end = tokens.findIndex((t) => t.end === at + surface.length) + 1;
    if (start < 0 || end <= start) throw new Error(`test: ${surface} is not a token span of ${text}`);
    return { start, end, type, confidence: 0.9 };
  });
  return findMentions(text, [sentence], [spans]);
}

const cases: Case[] = [
  // span repairs (spans.ts): names the recogniser cut short
  { text: 'Fans cheered Jelena Markovic after the final.', ner: [['Jelena', 'PER']], expected: [['Jelena Markovic', 'Person']] },
  { text: 'The court heard from Karim bin Tala yesterday.', ner: [['Karim', 'PER']], expected: [['Karim bin Tala', 'Person']] },
  { text: 'Rates rose, said an analyst at Brook & Hale Research.', ner: [['Brook', 'LOC'], ['Hale', 'ORG']], expected: [['Brook & Hale Research', 'Organization']] },
  { text: 'Mehmet Yağızoğan spoke.', ner: [['Mehmet Ya', 'PER']], expected: [['Mehmet Yağızoğan', 'Person']] },
  { text: 'Fans cheered Jelena Markovic on Monday.', ner: [['Jelena Markovic', 'PER']], expected: [['Jelena Markovic', 'Person']] },
  { text: 'Crowds met Ana Reis in Lisbon.', ner: [['Ana Reis', 'PER']], expected: [['Ana Reis', 'Person'], ['Lisbon', 'City']] },
  { text: 'He met the envoy to the U.S. Pavel Orlov yesterday.', ner: [['U.S. Pavel', 'ORG']], expected: [['U.S.', 'Country', { canonical: 'United States' }], ['Pavel Orlov', 'Person']] },
  { text: 'Crowds cheered Thomas Markovic after the final.', ner: [['Markovic', 'PER']], expected: [['Thomas Markovic', 'Person']] },
  { text: 'Then M Owen scored.', ner: [['Owen', 'PER']], expected: [['M Owen', 'Person']] },
  { text: 'Critics said Mr London was wrong.', ner: [], expected: [['London', 'Person']] },
  // a party or club before a title is what the title is of, not part of the name
  { text: 'Then Harbour MP Jane Doe spoke.', ner: [['Harbour MP Jane Doe', 'PER']], expected: [['Harbour', 'Organization'], ['Jane Doe', 'Person']] },
  {
    text: 'UK Foreign Secretary Jack Straw met Russian officials.',
    ner: [['Foreign Secretary Jack Straw', 'PER']],
    expected: [
      ['UK', 'Country', { canonical: 'United Kingdom', links: { iso3166: 'GB' } }],
      ['Jack Straw', 'Person'],
      ['Russian', 'Country', { canonical: 'Russia' }],
    ],
  },
  // A span that joins a known place to the person named after it is two mentions.
  {
    text: 'The envoy to Chile Oliver Brantwood spoke.',
    ner: [['Chile Oliver Brantwood', 'LOC']],
    expected: [
      ['Chile', 'Country', { canonical: 'Chile' }],
      ['Oliver Brantwood', 'Person'],
    ],
  },
  // A place name joined to a word that is no given name stays one span.
  {
    text: 'Visitors praised the Chile Harbour Trust.',
    ner: [['Chile Harbour Trust', 'ORG']],
    expected: [['Chile Harbour Trust', 'Organization']],
  },
  // A US state opening a longer name the recogniser read is no place of its own (state-names.ts); a title, a place word
  // or a date after it leaves it a place.
  { text: 'Then the trio Florida Georgia Line played.', ner: [['Florida Georgia Line', 'ORG']], expected: [['Florida Georgia Line', 'Organization']] },
  { text: 'The playwright Tennessee Williams wrote it.', ner: [['Williams', 'PER']], expected: [['Tennessee Williams', 'Person']] },
  { text: 'Fans of Indiana Jones cheered.', ner: [['Indiana Jones', 'PER']], expected: [['Indiana Jones', 'Person']] },
  { text: 'The novelist Virginia Woolf wrote it.', ner: [['Virginia Woolf', 'PER']], expected: [['Virginia Woolf', 'Person']] },
  { text: 'The writer Washington Irving lived there.', ner: [['Washington Irving', 'PER']], expected: [['Washington Irving', 'Person']] },
  { text: 'Texas Governor Jo Reyes signed it.', ner: [['Texas Governor Jo Reyes', 'PER']], expected: [['Texas', 'Location', { canonical: 'Texas' }], ['Jo Reyes', 'Person']] },
  { text: 'She studied at Ohio State University.', ner: [['Ohio State University', 'ORG']], expected: [['Ohio State University', 'Organization']] },
  { text: 'Storms hit Texas Monday.', ner: [['Texas', 'LOC']], expected: [['Texas', 'Location', { canonical: 'Texas' }]] },
  {
    text: "Investors sold ZETA's shares.",
    ner: [["ZETA's", 'ORG']],
    // its shares make it a company
    expected: [['ZETA', 'Company']],
  },
  // A name with "'s" standing alone (nothing possessed after it) is a shop or chain named so.
  {
    text: "Analysts praised Harlow's.",
    ner: [['Harlow', 'PER']],
    expected: [["Harlow's", 'Organization', { canonical: "Harlow's" }]],
  },
  {
    text: "She ran Brindle's, and its rivals followed.",
    ner: [['Brindle', 'ORG']],
    expected: [["Brindle's", 'Organization', { canonical: "Brindle's" }]],
  },
  {
    text: "Regulators fined Harlow's bank.",
    ner: [['Harlow', 'PER']],
    expected: [['Harlow', 'Person', { canonical: undefined }]],
  },
  {
    text: "Harlow's leaving.",
    ner: [['Harlow', 'PER']],
    verbs: { leaving: 'leave' },
    expected: [['Harlow', 'Person']],
  },
  {
    text: "Voters backed Britain's.",
    expected: [['Britain', 'Country', { canonical: 'United Kingdom' }]],
  },
  {
    text: 'The Kremlin said Washington had warned Moscow.',
    verbs: { said: 'say', warned: 'warn' },
    arcs: { Kremlin: ['said', 'nsubj'], Washington: ['warned', 'nsubj'], Moscow: ['warned', 'obj'], warned: ['said', 'ccomp'] },
    expected: [
      ['Kremlin', 'Facility', { standsFor: 'Russia' }],
      ['Washington', 'City', { standsFor: 'United States' }],
      ['Moscow', 'City', { standsFor: 'Russia' }],
    ],
  },
  {
    text: 'Fans gathered in Moscow on Friday.',
    verbs: { gathered: 'gather' },
    arcs: { Fans: ['gathered', 'nsubj'], Moscow: ['gathered', 'obl'] },
    expected: [['Moscow', 'City', { standsFor: undefined, country: 'Russia' }]],
  },
  {
    text: 'Officials in Paris said London and Dublin blamed Tokyo.',
    verbs: { said: 'say', blamed: 'blam' },
    arcs: { Officials: ['said', 'nsubj'], Paris: ['Officials', 'nmod'], London: ['blamed', 'nsubj'], Dublin: ['London', 'conj'], Tokyo: ['blamed', 'obj'] },
    expected: [
      ['Paris', 'City', { standsFor: undefined }],
      ['London', 'City', { standsFor: 'United Kingdom' }],
      ['Dublin', 'City', { standsFor: 'Ireland' }],
      ['Tokyo', 'City', { standsFor: 'Japan' }],
    ],
  },
  {
    text: 'The file was passed on to Cairo.',
    verbs: { passed: 'pass' },
    arcs: { Cairo: ['passed', 'obl'] },
    expected: [['Cairo', 'City', { standsFor: 'Egypt' }]],
  },
  {
    text: 'The Russian Foreign Ministry and the U.S. Embassy issued statements.',
    expected: [
      ['Russian Foreign Ministry', 'GovernmentBody', { country: 'Russia' }],
      ['U.S. Embassy', 'GovernmentBody', { country: 'United States' }],
    ],
  },
  {
    text: 'Acme Holdings bought Foobar Corp last year.',
    expected: [['Acme Holdings', 'Company'], ['Foobar Corp', 'Company']],
  },
  {
    text: 'The Labour Party and the Conservatives clashed.',
    expected: [['Labour Party', 'PoliticalParty'], ['Conservatives', 'PoliticalParty']],
  },
  {
    text: 'Crowds left Riverside Concert Hall for Wembley Stadium.',
    expected: [['Riverside Concert Hall', 'Facility'], ['Wembley Stadium', 'Facility']],
  },
  {
    text: 'XQZ-K, the terrorist group behind the raid, issued a video.',
    ner: [['XQZ', 'ORG']],
    expected: [['XQZ-K', 'ArmedGroup']],
  },
  {
    text: 'Omega Front militants seized the port.',
    ner: [['Omega Front', 'ORG']],
    expected: [['Omega Front', 'ArmedGroup']],
  },
  {
    text: "The minister told KORVA's correspondent, the Pellin news agency reported.",
    ner: [['KORVA', 'ORG'], ['Pellin', 'ORG']],
    expected: [['KORVA', 'NewsAgency'], ['Pellin', 'NewsAgency']],
  },
  {
    text: 'Reuters reported that Mr Brown resigned.',
    expected: [['Reuters', 'NewsAgency'], ['Brown', 'Person']],
  },
  {
    text: 'Ukrainians protested against the Ukrainian Government.',
    expected: [['Ukrainians', 'Group', { canonical: 'Ukraine' }], ['Ukrainian', 'Country', { canonical: 'Ukraine' }]],
  },
  {
    text: 'Everyone knew the Japanese were coming, but the Japanese government stayed silent.',
    verbs: { coming: 'come', stayed: 'stay' },
    expected: [['Japanese', 'Group', { canonical: 'Japan' }], ['Japanese', 'Country', { canonical: 'Japan' }]],
  },
  {
    text: 'Trade with the Swiss grew, said a Dutch official.',
    verbs: { grew: 'grow', said: 'say' },
    expected: [['Swiss', 'Group'], ['Dutch', 'Country', { canonical: 'Netherlands' }]],
  },
  {
    text: 'The plant near Manchester closed.',
    ner: [['Manchester', 'LOC']],
    expected: [['Manchester', 'City', { country: 'United Kingdom', source: 'ner' }]],
  },
  {
    text: 'Norway Warns Chile Of Possible Floods - Environment Ministry',
    expected: [['Norway', 'Country'], ['Chile', 'Country']],
  },
  {
    text: 'Talks at the Palácio do Planalto Museum and the Guinea-Bissau Embassy ended.',
    expected: [['Palácio do Planalto Museum', 'Facility'], ['Guinea-Bissau Embassy', 'GovernmentBody', { country: 'Guinea-Bissau' }]],
  },
  {
    text: 'Analysts at the Centre for Policy Studies in Leeds disagreed.',
    expected: [['Centre for Policy Studies', 'Organization'], ['Leeds', 'City', { country: 'United Kingdom' }]],
  },
  {
    text: 'The Ministry of Foreign Affairs summoned the envoy.',
    expected: [['Ministry of Foreign Affairs', 'GovernmentBody']],
  },
  {
    text: 'A spokesman, Navy Capt. Ray Dunn, declined to comment.',
    ner: [['Navy Capt.', 'ORG'], ['Ray Dunn', 'PER']],
    expected: [['Navy', 'GovernmentBody'], ['Ray Dunn', 'Person']],
  },
  {
    text: 'President Maria Okafor visited Nigeria.',
    expected: [['Maria Okafor', 'Person'], ['Nigeria', 'Country', { links: { iso3166: 'NG' } }]],
  },
  // A capitalised run ending in an organisation's head word is an organisation, the recogniser's or not.
  {
    text: 'Human Rights Watch said the ruling was wrong.',
    expected: [['Human Rights Watch', 'Organization']],
  },
  {
    text: 'But Global Fisheries Watch disagreed.',
    expected: [['Global Fisheries Watch', 'Organization']],
  },
  {
    text: 'Officials of the Pacific Trade Organisation met the Society for the Protection of Owls.',
    expected: [['Pacific Trade Organisation', 'Organization'], ['Society for the Protection of Owls', 'Organization']],
  },
  // Inside a sentence a capitalised participle opens the name ("Chartered"); a compass word before "Bank" makes a place.
  {
    text: 'The survey by the Chartered Institute of Plumbing covered the West Bank.',
    expected: [['Chartered Institute of Plumbing', 'Organization']],
  },
  // Heads that end the names of venues or schemes are left to the recogniser.
  {
    text: 'Work at the Harbour Innovation Centre and the Green Homes Programme stopped.',
    expected: [['Harbour Innovation Centre', 'Facility']],
  },
  // A recogniser's span that ran into the verb after the name stops at the name.
  {
    text: 'Brightwave Telecom has cut prices.',
    ner: [['Brightwave Telecom has', 'ORG']],
    verbs: { has: 'have' },
    expected: [['Brightwave Telecom', 'Company']],
  },
  // A storm's name is an event, with the word that says so.
  {
    text: 'Since Hurricane Ivan hit Jamaica, Rae Lind has helped.',
    ner: [['Ivan', 'PER'], ['Jamaica', 'LOC'], ['Rae Lind', 'PER']],
    verbs: { hit: 'hit', helped: 'help' },
    expected: [['Hurricane Ivan', 'Event'], ['Jamaica', 'Country'], ['Rae Lind', 'Person']],
  },
  // A plural's bare apostrophe before an organisation's name is part of the name, with a demonym before it.
  {
    text: 'The Danish Growers\' Federation said prices fell.',
    ner: [['Danish', 'MISC'], ['Federation', 'ORG']],
    expected: [['Danish Growers\' Federation', 'Organization']],
  },
  {
    text: 'The Bakers\' Guild met in Leeds.',
    ner: [['Guild', 'ORG'], ['Leeds', 'LOC']],
    expected: [['Bakers\' Guild', 'Organization'], ['Leeds', 'City']],
  },
  // A number after the name of a thing (a channel, a station, a sequel) is part of it; a quantity or a score is not.
  {
    text: 'He spoke on Westland Radio 4.',
    ner: [['Westland Radio', 'ORG']],
    verbs: { spoke: 'speak' },
    expected: [['Westland Radio 4', 'Organization']],
  },
  {
    text: "Viewers of Kestrel 5's news fell.",
    ner: [['Kestrel', 'ORG']],
    verbs: { fell: 'fall' },
    expected: [['Kestrel 5', 'Organization']],
  },
  { text: 'Kestrel Motors 10 days later cut jobs.', ner: [['Kestrel Motors', 'ORG']], verbs: { cut: 'cut' }, expected: [['Kestrel Motors', 'Company']] },
  { text: 'Then Harlow Rovers 2-1 ended it.', ner: [['Harlow Rovers', 'ORG']], verbs: { ended: 'end' }, expected: [['Harlow Rovers', 'Organization']] },
  // (the unit written against the number whatever the tagger makes of it: here a verb)
  { text: 'She won the Harbour Championship 100m title.', ner: [['Harbour Championship', 'MISC']], verbs: { won: 'win', m: 'm' }, expected: [['Harbour Championship', 'Misc']] },
  { text: 'Fans cheered Jelena Markovic 6 times.', ner: [['Jelena Markovic', 'PER']], expected: [['Jelena Markovic', 'Person']] },
  // A country's name opening a run of capitalised nouns opens an organisation's name.
  {
    text: 'Shares in UK Mining fell.',
    ner: [['UK', 'LOC'], ['Mining', 'ORG']],
    verbs: { fell: 'fall' },
    expected: [['UK Mining', 'Organization', { canonical: undefined }]],
  },
  { text: 'Shares in UK Mining fell.', ner: [['UK Mining', 'LOC']], verbs: { fell: 'fall' }, expected: [['UK Mining', 'Organization']] },
  { text: 'Rowers of UK Rowing met.', ner: [['UK', 'LOC'], ['Rowing', 'MISC']], verbs: { met: 'meet' }, expected: [['UK Rowing', 'Organization']] },
  { text: 'He won the UK Open twice.', ner: [['UK Open', 'LOC']], verbs: { won: 'win' }, expected: [['UK Open', 'Misc']] },
  { text: 'The US Bomb squad came.', verbs: { came: 'come' }, expected: [['US', 'Country']] },
  {
    text: 'The UK Government and the Russian Embassy agreed.',
    verbs: { agreed: 'agree' },
    expected: [['UK', 'Country'], ['Russian Embassy', 'GovernmentBody']],
  },
  { text: 'Crowds in the UK Monday cheered.', verbs: { cheered: 'cheer' }, expected: [['UK', 'Country']] },
  { text: 'A Russian Mining group fell.', ner: [['Russian', 'MISC']], verbs: { fell: 'fall' }, expected: [['Russian', 'Country']] },
  // A name right after a work's noun is the work's title; after a publication's noun, a publication.
  {
    text: 'She starred in the film Harriet Vane.',
    ner: [['Harriet Vane', 'PER']],
    verbs: { starred: 'star' },
    expected: [['Harriet Vane', 'Misc']],
  },
  {
    text: 'He won it with his novel Cloud Harbour of Light last year.',
    ner: [['Cloud Harbour', 'PER'], ['Light', 'ORG']],
    verbs: { won: 'win' },
    expected: [['Cloud Harbour of Light', 'Misc']],
  },
  {
    text: 'It topped a list by the magazine Rolling Wave.',
    ner: [['Rolling Wave', 'PER']],
    verbs: { topped: 'top' },
    expected: [['Rolling Wave', 'Organization']],
  },
  { text: 'The show Harbour Lights and Kestrel won.', ner: [['Harbour Lights', 'PER'], ['Kestrel', 'PER']], verbs: { won: 'win' }, expected: [['Harbour Lights', 'Misc'], ['Kestrel', 'Person']] },
  { text: 'Polls show Kemp ahead.', ner: [['Kemp', 'PER']], verbs: { show: 'show' }, expected: [['Kemp', 'Person']] },
  {
    text: 'It is a film Ada Pell directed.',
    ner: [['Ada Pell', 'PER']],
    verbs: { directed: 'direct' },
    arcs: { Pell: ['directed', 'nsubj'], directed: ['film', 'acl:relcl'] },
    expected: [['Ada Pell', 'Person']],
  },
  // A capitalised "The" inside a sentence opens a title or a name the recogniser cut and took for a person's.
  { text: 'Fans said The Harbour Lights broke records.', ner: [['Lights', 'PER']], verbs: { said: 'say', broke: 'break' }, expected: [['Harbour Lights', 'Misc']] },
  { text: 'Then The Great British Pantry sold well.', ner: [['British', 'MISC'], ['Pantry', 'ORG']], verbs: { sold: 'sell' }, expected: [['Great British Pantry', 'Misc']] },
  { text: 'Talks at The Hague ended.', verbs: { ended: 'end' }, expected: [['Hague', 'City']] },
  { text: 'The Harbour Lights broke records.', ner: [['Lights', 'PER']], verbs: { broke: 'break' }, expected: [['Lights', 'Person']] },
  // Capitalised words that open a title running past the recogniser's span are the title's, not an organisation.
  {
    text: 'French Interior Minister Ann Lee spoke.',
    ner: [['French', 'MISC'], ['Interior', 'ORG'], ['Ann Lee', 'PER']],
    verbs: { spoke: 'speak' },
    expected: [['French', 'Country'], ['Ann Lee', 'Person']],
  },
  { text: 'Former Cabinet minister Tom Hale spoke.', ner: [['Former Cabinet', 'ORG'], ['Tom Hale', 'PER']], verbs: { spoke: 'speak' }, expected: [['Tom Hale', 'Person']] },
  { text: 'General Motors cut jobs.', ner: [['General Motors', 'ORG']], verbs: { cut: 'cut' }, expected: [['General Motors', 'Company']] },
  // A one-word "person" that only an organisation can be, by the words around it.
  { text: 'A spokesman for Brindlex said no.', ner: [['Brindlex', 'PER']], verbs: { said: 'say' }, expected: [['Brindlex', 'Organization']] },
  { text: 'Then Brindlex shareholders voted.', ner: [['Brindlex', 'PER']], verbs: { voted: 'vote' }, expected: [['Brindlex', 'Company']] },
  { text: 'A spokesman for Maria said no.', ner: [['Maria', 'PER']], verbs: { said: 'say' }, expected: [['Maria', 'Person']] },
  // "Walvo-Mart": a capitalised word written against a name with a hyphen is the name's, whatever the recogniser made of it;
  // two names joined before a common noun they modify stay two ("the Tarvik-Bexa deal")
  { text: 'Shoppers like Walvo-Mart.', ner: [['Walvo', 'ORG'], ['Mart', 'LOC']], verbs: { like: 'like' }, proper: ['Walvo', 'Mart'], expected: [['Walvo-Mart', 'Organization']] },
  { text: 'Shoppers like the Tarvik-Bexa deal.', ner: [['Tarvik', 'ORG'], ['Bexa', 'ORG']], verbs: { like: 'like' }, proper: ['Tarvik', 'Bexa'], expected: [['Tarvik', 'Organization'], ['Bexa', 'Organization']] },
  // "an analyst at X": the firm the analyst works for, not a place the recogniser guessed
  { text: 'Ada Pell, an analyst at Corvo Ridge, said no.', ner: [['Ada Pell', 'PER'], ['Corvo Ridge', 'LOC']], verbs: { said: 'say' }, expected: [['Ada Pell', 'Person'], ['Corvo Ridge', 'Organization']] },
  // A lower-case role inside an organisation's span, then a person's name: the words before the role are what it is of.
  {
    text: 'Then Harbour boss Graeme Tollan spoke.',
    ner: [['Harbour boss Graeme Tollan', 'ORG']],
    verbs: { spoke: 'speak' },
    expected: [['Harbour', 'Organization'], ['Graeme Tollan', 'Person']],
  },
  {
    text: 'Then Harbour co-chairman John Tollan spoke.',
    ner: [['Harbour co-chairman John', 'ORG']],
    verbs: { spoke: 'speak' },
    expected: [['Harbour', 'Organization'], ['John Tollan', 'Person']],
  },
  // a known place's body written in lower case stays whole (descriptions.ts)
  { text: 'Shares on the Lyon stock exchange rose.', ner: [['Lyon stock exchange', 'ORG']], verbs: { rose: 'rise' }, expected: [['Lyon stock exchange', 'Organization']] },
  // A company noun before a name, or its shares after it, make it a company; a person's name after a maker stays a person's.
  { text: 'The carmaker Veltro cut jobs.', ner: [['Veltro', 'ORG']], verbs: { cut: 'cut' }, expected: [['Veltro', 'Company']] },
  { text: 'Budget airline Skyrill grew.', ner: [['Skyrill', 'PER']], verbs: { grew: 'grow' }, expected: [['Skyrill', 'Company']] },
  { text: 'Then Brindlex shares rose.', ner: [['Brindlex', 'ORG']], verbs: { rose: 'rise' }, expected: [['Brindlex', 'Company']] },
  { text: 'He met film maker Ken Lowry.', ner: [['Ken Lowry', 'PER']], verbs: { met: 'meet' }, expected: [['Ken Lowry', 'Person']] },
  { text: 'Parts maker Brindlex Vanta grew.', ner: [['Brindlex Vanta', 'LOC']], verbs: { grew: 'grow' }, expected: [['Brindlex Vanta', 'Company']] },
  // an industry's giant, a plural company noun heading a list, a deal's noun or trade figures after the possessive make a company;
  // a sport's giant is a club, and a "share" of something else says nothing
  { text: 'Oil giant Brantco raised output.', ner: [['Brantco', 'ORG']], verbs: { raised: 'raise' }, expected: [['Brantco', 'Company']] },
  { text: 'The agrochemical giant Brantco paid.', ner: [['Brantco', 'ORG']], verbs: { paid: 'pay' }, adjectives: ['agrochemical'], expected: [['Brantco', 'Company']] },
  { text: 'Football giant Harrowby lost.', ner: [['Harrowby', 'ORG']], verbs: { lost: 'lose' }, expected: [['Harrowby', 'Organization']] },
  {
    text: 'Technology firms Quellix, Darnot and Vintra agreed.',
    ner: [['Quellix', 'ORG'], ['Darnot', 'ORG'], ['Vintra', 'ORG']],
    verbs: { agreed: 'agree' },
    expected: [['Quellix', 'Company'], ['Darnot', 'Company'], ['Vintra', 'Company']],
  },
  {
    text: 'It beat rival firms such as Quellix and Vintra.',
    ner: [['Quellix', 'ORG'], ['Vintra', 'ORG']],
    verbs: { beat: 'beat' },
    expected: [['Quellix', 'Company'], ['Vintra', 'Company']],
  },
  { text: 'It helps state-owned Quellix grow.', ner: [['Quellix', 'ORG']], verbs: { helps: 'help', grow: 'grow' }, expected: [['Quellix', 'Company']] },
  { text: 'It helps loss-making Quellix grow.', ner: [['Quellix', 'PER']], verbs: { helps: 'help', grow: 'grow' }, expected: [['Quellix', 'Company']] },
  { text: 'They backed the takeover of Quellix.', ner: [['Quellix', 'ORG']], verbs: { backed: 'back' }, expected: [['Quellix', 'Company']] },
  { text: "Then Quellix's profits fell.", ner: [['Quellix', 'ORG']], verbs: { fell: 'fall' }, expected: [['Quellix', 'Company']] },
  { text: "Then Quellix's share price fell.", ner: [['Quellix', 'ORG']], verbs: { fell: 'fall' }, expected: [['Quellix', 'Company']] },
  { text: "Then Quellix's share of the vote fell.", ner: [['Quellix', 'ORG']], verbs: { fell: 'fall' }, expected: [['Quellix', 'Organization']] },
  { text: "Quellix, Japan's biggest lender, said so.", ner: [['Quellix', 'ORG']], verbs: { said: 'say' }, expected: [['Quellix', 'Company'], ['Japan', 'Country']] },
  { text: 'Quellix, the central bank, said so.', ner: [['Quellix', 'ORG']], verbs: { said: 'say' }, expected: [['Quellix', 'Organization']] },
  { text: 'Bodies such as Quellix and Vintra objected.', ner: [['Quellix', 'ORG'], ['Vintra', 'ORG']], verbs: { objected: 'object' }, expected: [['Quellix', 'Organization'], ['Vintra', 'Organization']] },
  // a name right before the word for a country's division is a place, whatever the recogniser took it for
  { text: 'Troops entered neighbouring Tarsen Wadi district on Monday.', ner: [['Tarsen Wadi', 'PER']], verbs: { entered: 'enter' }, expected: [['Tarsen Wadi', 'Location']] },
  { text: 'Rebels hold Morvane province.', ner: [['Morvane', 'ORG']], verbs: { hold: 'hold' }, expected: [['Morvane', 'Location']] },
  { text: 'Police in Quarrel county said so.', ner: [['Quarrel', 'MISC']], verbs: { said: 'say' }, expected: [['Quarrel', 'Location']] },
  { text: 'Mourners attended the Halvorsen state funeral.', ner: [['Halvorsen', 'PER']], verbs: { attended: 'attend' }, expected: [['Halvorsen', 'Person']] },
  { text: 'Crowds cheered Halvorsen on Monday.', ner: [['Halvorsen', 'PER']], verbs: { cheered: 'cheer' }, expected: [['Halvorsen', 'Person']] },
  // An honorific inside an organisation's span opens a person's name; the title and what it is of stay out of it.
  {
    text: 'Then Harbour Treasurer Lord Fenwick resigned.',
    ner: [['Harbour Treasurer Lord Fenwick', 'ORG']],
    verbs: { resigned: 'resign' },
    expected: [['Harbour', 'Organization'], ['Fenwick', 'Person']],
  },
  // a given name the name list lacks, which the parser joins to the surname, belongs to the person's name
  {
    text: 'Fans cheered the striker Anselme Quarrie after the match.',
    ner: [['Quarrie', 'PER']],
    arcs: { Anselme: ['Quarrie', 'compound'] },
    proper: ['Anselme', 'Quarrie'],
    expected: [['Anselme Quarrie', 'Person']],
  },
  {
    text: "Fans cheered the club's Anselme Quarrie after the match.",
    ner: [['Quarrie', 'PER']],
    arcs: { Anselme: ['Quarrie', 'compound'] },
    proper: ['Anselme', 'Quarrie'],
    expected: [['Anselme Quarrie', 'Person']],
  },
  // the end of a title or a capitalised noun opening the sentence is no given name
  {
    text: 'He met the Harbour Sport Anselme Quarrie.',
    ner: [['Anselme Quarrie', 'PER']],
    arcs: { Sport: ['Quarrie', 'compound'] },
    proper: ['Sport', 'Anselme', 'Quarrie'],
    expected: [['Anselme Quarrie', 'Person']],
  },
  {
    text: 'Veterans Quarrie and Odell were there.',
    ner: [['Quarrie', 'PER'], ['Odell', 'PER']],
    arcs: { Veterans: ['Quarrie', 'compound'] },
    proper: ['Veterans', 'Quarrie', 'Odell'],
    expected: [['Quarrie', 'Person'], ['Odell', 'Person']],
  },
  // two names the recogniser ran together over "and" are split; names holding "and" stay whole
  { text: 'Shares in Veltro and Quandis rose.', ner: [['Veltro and Quandis', 'ORG']], expected: [['Veltro', 'Organization'], ['Quandis', 'Organization']] },
  {
    text: 'Tarnwell Bank and Ostrand Trust signed a deal.',
    ner: [['Tarnwell Bank and Ostrand Trust', 'ORG']],
    expected: [['Tarnwell Bank', 'Organization'], ['Ostrand Trust', 'Organization']],
  },
  { text: 'The Harbour and Coastal Workers Union met.', ner: [['Harbour and Coastal Workers Union', 'ORG']], expected: [['Harbour and Coastal Workers Union', 'Organization']] },
  { text: 'The Institute of Marine and Coastal Studies opened.', ner: [['Institute of Marine and Coastal Studies', 'ORG']], expected: [['Institute of Marine and Coastal Studies', 'Organization']] },
  // a head word alone after "and" is a name of its own; a company suffix with a full stop ends a name
  { text: 'The fund helps Guards and Navy families.', ner: [['Guards and Navy', 'ORG']], expected: [['Guards', 'GovernmentBody'], ['Navy', 'GovernmentBody']] },
  { text: 'Charges were filed against Brightnet LLC. and Brightnet Inc last year.', ner: [['Brightnet LLC. and Brightnet Inc', 'ORG']], expected: [['Brightnet LLC.', 'Company'], ['Brightnet Inc', 'Company']] },
  // the head that ends the second name stands in the first: two names of one kind, even over "of"
  {
    text: 'The lenders Bank of Tarnwell and First Coastal Bank agreed to merge.',
    ner: [['Bank of Tarnwell and First Coastal Bank', 'ORG']],
    // a list after a plural company noun ("lenders") is of companies
    expected: [['Bank of Tarnwell', 'Company'], ['First Coastal Bank', 'Company']],
  },
  {
    text: 'Officials at the Bank of Tarnwell and Royal Bank of Ostrand declined.',
    ner: [['Bank of Tarnwell and Royal Bank of Ostrand', 'ORG']],
    expected: [['Bank of Tarnwell', 'Organization'], ['Royal Bank of Ostrand', 'Organization']],
  },
  { text: 'The Department of Health and Coastal Services met.', ner: [['Department of Health and Coastal Services', 'ORG']], expected: [['Department of Health and Coastal Services', 'GovernmentBody']] },
  // after a list of names of the same kind, the last "and" joins two items, not two words before one head
  {
    text: 'Ostrand Corporation, Veltro and Quandis Pictures are bidding.',
    ner: [['Ostrand Corporation', 'ORG'], ['Veltro and Quandis Pictures', 'ORG']],
    expected: [['Ostrand Corporation', 'Company'], ['Veltro', 'Company'], ['Quandis Pictures', 'Company']],
  },
  {
    text: 'Ostrand Corporation, Securities and Coastal Partners are bidding.',
    ner: [['Ostrand Corporation', 'ORG'], ['Securities and Coastal Partners', 'ORG']],
    expected: [['Ostrand Corporation', 'Company'], ['Securities and Coastal Partners', 'Company']],
  },
  {
    text: 'In Tarnwell, Harbour and Coastal Workers Union members met.',
    ner: [['Tarnwell', 'LOC'], ['Harbour and Coastal Workers Union', 'ORG']],
    expected: [['Tarnwell', 'Location'], ['Harbour and Coastal Workers Union', 'Organization']],
  },
  // line-ups: every item of a list of players is a person, with its initial; a capitalised bracket after one is the team
  {
    text: 'Harbourside: K Lomax (Tarnwell), P Odunsi (Brackley), R Vance (Tarnwell), D Okoro (Ashby), T Fenn (Brackley).',
    ner: [['Lomax', 'LOC'], ['Tarnwell', 'LOC'], ['P Odunsi', 'ORG'], ['Vance', 'PER'], ['Ashby', 'LOC'], ['T Fenn', 'PER']],
    expected: [
      ['K Lomax', 'Person'], ['Tarnwell', 'Organization'], ['P Odunsi', 'Person'], ['Brackley', 'Organization'], ['R Vance', 'Person'],
      ['Tarnwell', 'Organization'], ['D Okoro', 'Person'], ['Ashby', 'Organization'], ['T Fenn', 'Person'], ['Brackley', 'Organization'],
    ],
  },
  {
    text: 'Replacements: J van der Merwick, S Dellacorte (capt), A Lo Verde, M Tansey; B Orrin, L Quaid, JP de Souter.',
    ner: [['Merwick', 'MISC'], ['S Dellacorte', 'PER'], ['Verde', 'LOC'], ['Souter', 'ORG']],
    expected: [
      ['J van der Merwick', 'Person'], ['S Dellacorte', 'Person'], ['A Lo Verde', 'Person'], ['M Tansey', 'Person'], ['B Orrin', 'Person'],
      ['L Quaid', 'Person'], ['JP de Souter', 'Person'],
    ],
  },
  {
    text: 'Subs: Marlowe, Henstridge, Okafor, Pellew, Quarrie, Tallis.',
    ner: [['Marlowe', 'PER'], ['Henstridge', 'PER'], ['Pellew', 'LOC'], ['Tallis', 'PER']],
    expected: [['Marlowe', 'Person'], ['Henstridge', 'Person'], ['Okafor', 'Person'], ['Pellew', 'Person'], ['Quarrie', 'Person'], ['Tallis', 'Person']],
  },
  // lower-case descriptions the recogniser ran into a name (descriptions.ts): before, inside and after it
  { text: 'On Monday singer Tom Baxter quit the show.', ner: [['singer Tom Baxter', 'MISC']], expected: [['Tom Baxter', 'Person']] },
  { text: 'They were joined by Folk Giants star Harriet Lowe on stage.', ner: [['Folk Giants star Harriet Lowe', 'PER']], expected: [['Harriet Lowe', 'Person']] },
  { text: 'The firm sold its subsidiary Brelko last year.', ner: [['subsidiary Brelko', 'ORG']], expected: [['Brelko', 'Organization']] },
  { text: 'The Vontar terror group claimed the attack.', ner: [['Vontar terror group', 'ORG']], expected: [['Vontar', 'Organization']] },
  { text: 'It is a Pellum anti-spyware program.', ner: [['Pellum anti-spyware', 'ORG']], expected: [['Pellum', 'Organization']] },
  { text: 'The Tory co-chairman Ben Hale spoke.', ner: [['Tory co-chairman Ben Hale', 'ORG']], expected: [['Tory', 'PoliticalParty'], ['Ben Hale', 'Person']] },
  // a word in capitals the recogniser took for a person is an acronym, a body's name
  { text: 'Growth will slow, QERB said.', ner: [['QERB', 'PER']], verbs: { said: 'say' }, expected: [['QERB', 'Organization']] },
  { text: 'Growth will slow, Qerb said.', ner: [['Qerb', 'PER']], verbs: { said: 'say' }, expected: [['Qerb', 'Person']] },
  // a town the recogniser guessed, in a company's context, is the company
  { text: "Kestrel's shareholders sued.", ner: [['Kestrel', 'LOC']], verbs: { sued: 'sue' }, expected: [['Kestrel', 'Company']] },
  { text: 'The former Kestrel directors sued.', ner: [['Kestrel', 'LOC']], verbs: { sued: 'sue' }, expected: [['Kestrel', 'Organization']] },
  { text: 'Farmers in Kestrel sued.', ner: [['Kestrel', 'LOC']], verbs: { sued: 'sue' }, expected: [['Kestrel', 'Location']] },
  { text: 'They lost to Harbury last Sunday.', ner: [['Harbury last Sunday', 'ORG']], expected: [['Harbury', 'Organization']] },
  { text: 'The pass went to D dal Pino.', ner: [['D dal Pino', 'PER']], expected: [['D dal Pino', 'Person']] },
  { text: 'A cross found D dal Pino.', ner: [['dal Pino', 'PER']], expected: [['D dal Pino', 'Person']] },
  { text: 'He spoke to the Harbury bank economist.', ner: [['Harbury bank', 'ORG']], expected: [['Harbury bank', 'Organization']] },
  // a span ending in a title: the words before it are what the title is of
  { text: 'She met the Harbour West MP yesterday.', ner: [['Harbour West MP', 'ORG']], proper: ['Harbour', 'West'], expected: [['Harbour West', 'Organization']] },
  { text: 'The Tory MP spoke.', ner: [['Tory MP', 'ORG']], proper: ['Tory'], verbs: { spoke: 'speak' }, expected: [['Tory', 'PoliticalParty']] },
  // not a person's surname that is a title, nor a title after an adjective
  { text: 'Then Mervyn King spoke.', ner: [['Mervyn King', 'PER']], proper: ['Mervyn', 'King'], verbs: { spoke: 'speak' }, expected: [['Mervyn King', 'Person']] },
  { text: "The Public Prosecutor's office agreed.", ner: [['Public Prosecutor', 'ORG']], verbs: { agreed: 'agree' }, expected: [['Public Prosecutor', 'GovernmentBody']] },
  { text: 'The Office of the Press Secretary said so.', ner: [['Office of the Press Secretary', 'ORG']], verbs: { said: 'say' }, expected: [['Office of the Press Secretary', 'Organization']] },
  // a name after a town in a place phrase, between commas, is its county, not an organisation
  { text: 'He was born in Harlow, Wessexshire, in 1950.', ner: [['Harlow', 'LOC'], ['Wessexshire', 'ORG']], expected: [['Harlow', 'Location'], ['Wessexshire', 'Location']] },
  { text: 'Makers such as Harlow, Wessexshire, and Tenby are ready.', ner: [['Harlow', 'LOC'], ['Wessexshire', 'ORG'], ['Tenby', 'ORG']], expected: [['Harlow', 'Location'], ['Wessexshire', 'Organization'], ['Tenby', 'Organization']] },
  // a feast is a date, no name
  { text: 'He hoped to win before Christmas.', ner: [['Christmas', 'PER']], expected: [] },
  { text: 'They flew to Christmas Island.', ner: [['Christmas Island', 'LOC']], expected: [['Christmas Island', 'Country']] },
  { text: 'The show is about Baroque art today.', ner: [['Baroque art', 'MISC']], proper: ['Baroque', 'art'], expected: [['Baroque', 'Misc']] },
  // names that hold lower-case words keep them
  { text: 'She studied at the Institute of Marine Biology.', ner: [['Institute of Marine Biology', 'ORG']], expected: [['Institute of Marine Biology', 'Organization']] },
  { text: 'The talks in Bosnia and Herzegovina ended.', ner: [], expected: [['Bosnia and Herzegovina', 'Country']] },
  { text: 'She grew up in Lenton-upon-Tarr with her aunt.', ner: [['Lenton-upon-Tarr', 'LOC']], expected: [['Lenton-upon-Tarr', 'Location']] },
  { text: 'He met Karim bin Tala there.', ner: [['Karim bin Tala', 'PER']], expected: [['Karim bin Tala', 'Person']] },
  // a town's name written without the accents of a small foreign town's is not that town; a big city's is
  { text: 'The Munster pack held firm.', ner: [['Munster', 'LOC']], expected: [['Munster', 'Location']] },
  { text: 'Prices rose in Zurich and Bogota.', ner: [], expected: [['Zurich', 'City', { canonical: 'Zürich' }], ['Bogota', 'City', { canonical: 'Bogotá' }]] },
  { text: 'Fans travelled to Münster for the game.', ner: [], expected: [['Münster', 'City', { country: 'Germany' }]] },
  // a sentence's first word tagged as a common word is no town of that name
  { text: 'Male workers earn more.', adjectives: ['Male'], ner: [], expected: [] },
  { text: 'Male is the capital of the Maldives.', proper: ['Male'], ner: [], expected: [['Male', 'City'], ['Maldives', 'Country']] },
  // a list of places is not a line-up, nor is a list of persons in running text with too few names
  {
    text: 'Delegates came from Norway, Chile, Kenya, Peru, Fiji, Nepal.',
    expected: [['Norway', 'Country'], ['Chile', 'Country'], ['Kenya', 'Country'], ['Peru', 'Country'], ['Fiji', 'Country'], ['Nepal', 'Country']],
  },
  {
    text: 'She thanked Marlowe, Henstridge and Pellew for their help.',
    ner: [['Marlowe', 'PER'], ['Henstridge', 'PER'], ['Pellew', 'LOC']],
    expected: [['Marlowe', 'Person'], ['Henstridge', 'Person'], ['Pellew', 'Location']],
  },
  // armed groups by the shape of their names; a state's army and a party keep their types
  { text: 'Fighters of the Karvan Liberation Army shelled the town.', ner: [['Karvan Liberation Army', 'ORG']], expected: [['Karvan Liberation Army', 'ArmedGroup']] },
  { text: 'The Tessaly Martyrs Brigades said it planted the bomb.', ner: [['Tessaly Martyrs Brigades', 'ORG']], expected: [['Tessaly Martyrs Brigades', 'ArmedGroup']] },
  { text: 'A statement from the Orlan Brigades followed the blast.', ner: [], proper: ['Orlan', 'Brigades'], expected: [['Orlan Brigades', 'ArmedGroup']] },
  { text: 'The Front for the Liberation of Vestra denied it.', ner: [['Front for the Liberation of Vestra', 'ORG']], expected: [['Front for the Liberation of Vestra', 'ArmedGroup']] },
  { text: 'Gunmen of the Free Karvan Army held the road.', ner: [['Free Karvan Army', 'ORG']], expected: [['Free Karvan Army', 'ArmedGroup']] },
  { text: 'The Brazilian Army sent troops.', ner: [['Brazilian Army', 'ORG']], expected: [['Brazilian Army', 'GovernmentBody']] },
  { text: 'The National Front won seats.', ner: [['National Front', 'ORG']], expected: [['National Front', 'Organization']] },
  { text: "China's People's Liberation Army held drills.", ner: [['China', 'LOC'], ["People's Liberation Army", 'ORG']], expected: [['China', 'Country'], ["People's Liberation Army", 'GovernmentBody']] },
  // the romanised Arabic article before a hyphen joins a name
  { text: 'Troops entered Tell ez-Zahra at dawn.', ner: [['Tell', 'PER'], ['Zahra', 'LOC']], expected: [['Tell ez-Zahra', 'Location']] },
  { text: 'Raids hit Wadi al-Qarn and Homs.', ner: [['Wadi', 'LOC'], ['Homs', 'LOC']], expected: [['Wadi al-Qarn', 'Location'], ['Homs', 'Location']] },
  { text: 'Police named Karim al-Masri as the driver.', ner: [['Karim', 'PER']], expected: [['Karim al-Masri', 'Person']] },
  // a time zone is no name
  { text: 'The polls closed at 2200 GMT in Harlow.', ner: [['GMT', 'MISC'], ['Harlow', 'LOC']], expected: [['Harlow', 'Location']] },
  // recurring events by their head word
  { text: 'Runners finished the Harlow Marathon in rain.', ner: [['Harlow Marathon', 'LOC']], expected: [['Harlow Marathon', 'Event']] },
  { text: 'Leaders met at the Vestra Summit.', ner: [['Vestra Summit', 'MISC']], expected: [['Vestra Summit', 'Event']] },
  { text: 'She ran a marathon in Harlow.', ner: [['Harlow', 'LOC']], expected: [['Harlow', 'Location']] },
  // a day named after its weekday is an event
  { text: 'Marchers recalled Bloody Sunday in the square.', ner: [['Sunday', 'PER']], expected: [['Bloody Sunday', 'Event']] },
  { text: 'Shops opened early for Black Friday.', ner: [], expected: [['Black Friday', 'Event']] },
  { text: 'The rally was held on Sunday.', ner: [], expected: [] },
  // venues that attack reports name, by their head word
  { text: 'The bomb went off near the Tavor Shrine at dusk.', ner: [['Tavor Shrine', 'ORG']], expected: [['Tavor Shrine', 'Facility']] },
  { text: 'A convoy left Kelso Airfield at dawn.', ner: [['Kelso Airfield', 'LOC']], expected: [['Kelso Airfield', 'Facility']] },
  { text: 'Two soldiers died at Marrow Barracks.', ner: [], proper: ['Marrow', 'Barracks'], expected: [['Marrow Barracks', 'Facility']] },
];

describe('findMentions', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const mentions = run(c);
    expect(mentions.map((m) => [m.text, m.type])).toEqual(c.expected.map(([text, type]) => [text, type]));
    c.expected.forEach(([, , extra], i) => {
      for (const [field, value] of Object.entries(extra ?? {})) expect(mentions[i]![field as keyof (typeof mentions)[number]]).toEqual(value);
    });
    for (const m of mentions) expect(c.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findMentions across an article', () => {
  // Every word a proper noun unless `upos` says otherwise.
  const article = (text: string, spans: EntitySpan[][], upos: (word: string) => Upos = () => 'PROPN') => {
    const sentences: Sentence[] = tokenize(text).map((s, index) => ({
      index, start: s.start, end: s.end, text: text.slice(s.start, s.end),
      tokens: s.tokens.map((t) => ({ ...t, lemma: t.text.toLowerCase(), upos: upos(t.text), tag: 'NNP', head: -1, dep: 'dep' })),
    }));
    return findMentions(text, sentences, spans);
  };
  // The recogniser's spans: in each sentence, one of `type` over the first word that is one of `names`.
  const spansOf = (text: string, names: string[], type: EntitySpan['type']): EntitySpan[][] =>
    tokenize(text).map((s) => {
      const at = s.tokens.findIndex((t) => names.includes(t.text));
      return [{ start: at, end: at + 1, type, confidence: 0.9 }];
    });
  it('gives a name the company type its context gave it elsewhere in the article', () => {
    const mentions = article('Veltro shares fell. Veltro said so.', [[{ start: 0, end: 1, type: 'ORG', confidence: 0.9 }], [{ start: 0, end: 1, type: 'PER', confidence: 0.6 }]]);
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['Veltro', 'Company'], ['Veltro', 'Company']]);
  });
  it.each<[string, EntitySpan['type'][], number[], string[]]>([
    // [article, the recogniser's type and confidence in each sentence, expected types]: the company its context made a
    // name holds for the name's other bare mentions, however sure the recogniser was of another reading
    ['Veltro shares fell. Veltro said so.', ['ORG', 'PER'], [0.6, 0.95], ['Company', 'Company']],
    ['The owners of Quandis met. Quandis shares rose.', ['LOC', 'ORG'], [0.95, 0.6], ['Company', 'Company']],
    ['The carmaker Quandis grew. Quandis hired staff.', ['ORG', 'MISC'], [0.6, 0.95], ['Company', 'Company']],
    // a name the gazetteer knows keeps its reading
    ['Paris shares rose. Paris said so.', ['LOC', 'LOC'], [0.9, 0.9], ['City', 'City']],
  ])('%s', (text, types, confidences, expected) => {
    const spans = spansOf(text, ['Veltro', 'Quandis', 'Paris'], 'ORG').map((s, i) => s.map((x) => ({ ...x, type: types[i]!, confidence: confidences[i]! })));
    const upos = (word: string): Upos => (['shares', 'owners', 'carmaker', 'staff'].includes(word) ? 'NOUN' : 'PROPN');
    expect(article(text, spans, upos).filter((m) => ['Veltro', 'Quandis', 'Paris'].includes(m.text)).map((m) => m.type)).toEqual(expected);
  });
  it.each<[string, string, string]>([
    // [second sentence's town, the full name in the first, expected type of the town's mention]
    ['Leeds', 'Tom Leeds', 'Person'],
    ['Leeds', 'Tom Hale', 'City'],
    ['London', 'Jack London', 'City'],
  ])('a town named %s after the person %s: %s', (town, person, type) => {
    const mentions = article(`${person} won. ${town} ran.`, [[{ start: 0, end: 2, type: 'PER', confidence: 0.95 }], [{ start: 0, end: 1, type: 'LOC', confidence: 0.9 }]]);
    expect(mentions.filter((m) => m.sentence === 1).map((m) => [m.text, m.type, m.canonical])).toEqual([[town, type, type === 'City' ? town : undefined]]);
  });

  it.each<[string, string[]]>([
    // [article; types of the town's mentions in order]: a team context in one sentence makes the bare town the club
    ['The Bristol striker scored twice. Bristol won the match.', ['Organization', 'Organization']],
    ['He was named manager at Bristol. Bristol won the match.', ['Organization', 'Organization']],
    ["Bristol's coach was sacked. Fans gathered in Bristol.", ['Organization', 'Location']],
    ['The Bristol council met. Bristol won the match.', ['Location', 'Location']],
    // a capital keeps its place type: its name is also its government
    ['The Paris fans sang. Paris won the match.', ['City', 'City']],
  ])('%s', (text, types) => {
    expect(article(text, spansOf(text, ['Bristol', 'Paris'], 'LOC')).filter((m) => m.text === 'Bristol' || m.text === 'Paris').map((m) => m.type)).toEqual(types);
  });

  it.each<[string, Array<[number, number]>, string | undefined]>([
    // [article, recogniser's person spans of the first sentence, canonical name of the line-up's "P Marlow"]
    ['Percy Marlow kicked well. Team: P Marlow, K Odell, R Vance, D Okoro, T Fenn.', [[0, 2]], 'Percy Marlow'],
    // a different given name, or two that fit: the initial stays as written
    ['Simon Marlow kicked well. Team: P Marlow, K Odell, R Vance, D Okoro, T Fenn.', [[0, 2]], undefined],
    ['Percy Marlow and Paul Marlow kicked well. Team: P Marlow, K Odell, R Vance, D Okoro, T Fenn.', [[0, 2], [3, 5]], undefined],
  ])('%s', (text, persons, canonical) => {
    const spans = [persons.map(([start, end]) => ({ start, end, type: 'PER' as const, confidence: 0.9 })), []];
    const lined = article(text, spans).find((m) => m.text === 'P Marlow');
    expect(lined?.type).toBe('Person');
    expect(lined?.canonical).toBe(canonical);
  });

  it.each<[string, string]>([
    // a chain's name the recogniser read as a town: "X's" standing alone is the name, and its other mentions follow;
    // its sales make it a company
    ['LOC', 'Company'],
    ['PER', 'Company'],
  ])("a name seen alone with 's, recognised as %s, is a business", (type, expected) => {
    const text = "They ate at Harlo's. Harlo's sales fell.";
    expect(article(text, spansOf(text, ['Harlo'], type as EntitySpan['type'])).map((m) => [m.text, m.type])).toEqual([["Harlo's", expected], ["Harlo's", expected]]);
  });

  it("keeps a name's possessive before a capitalised title a possessive", () => {
    const text = "Fans loved Vella's With Me And You.";
    const mentions = article(text, [[{ start: 2, end: 3, type: 'LOC', confidence: 0.9 }]], (w) => (w === 'With' ? 'ADP' : 'PROPN'));
    // (the title itself, a capitalised preposition inside it, is a work: works.ts's titles after a possessive)
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['Vella', 'Location'], ['With Me And You', 'Misc']]);
  });

  it('gives a town the recogniser guessed the organisation type its context gave it elsewhere in the article', () => {
    const text = 'Former Kestrel directors agreed a deal. Kestrel went bankrupt. Farmers in Kestrel sued.';
    expect(article(text, spansOf(text, ['Kestrel'], 'LOC')).map((m) => m.type)).toEqual(['Organization', 'Organization', 'Location']);
  });

  it('gives a weakly typed surname the type its full name has elsewhere', () => {
    const mentions = article('Elena Markova won the vote. Markova thanked her staff.', [
      [{ start: 0, end: 2, type: 'PER', confidence: 0.95 }],
      [{ start: 0, end: 1, type: 'LOC', confidence: 0.45 }],
    ]);
    expect(mentions.map((m) => [m.text, m.type, m.sentence])).toEqual([['Elena Markova', 'Person', 0], ['Markova', 'Person', 1]]);
  });
});

describe('word shape checks (ASCII fast paths agree with the Unicode rules)', async () => {
  const { isCapitalWord } = await import('../../src/analyze/mentions/candidate.js');
  const { isTitleCase } = await import('../../src/analyze/mentions/rules.js');
  const { isCapitalized } = await import('../../src/analyze/gazetteer/normalize.js');
  it.each<[string, boolean, boolean]>([
    // [word, isCapitalWord (first character), isCapitalized (first letter anywhere)]
    ['Kabul', true, true], ['kabul', false, false], ['U.S.', true, true], ['9/11', false, false], ['-', false, false],
    ["'Kabul", false, true], ['"émile', false, false], ['Émile', true, true], ['émile', false, false], ['(Ödön)', false, true],
    ['Ωmega', true, true], ['42nd', false, false], ['3M', false, true], ['', false, false],
  ])('%s: capital word %s, capitalised %s', (word, capitalWord, capitalized) => {
    if (word) expect(isCapitalWord(word)).toBe(capitalWord);
    expect(isCapitalized(word)).toBe(capitalized);
  });
  it.each<[string, boolean]>([
    ['Canada Warns Brazil Of Possible Attack', true],
    ['Canada warns Brazil of a possible attack', false],
    ['ÉTAT UNIS ÉMIS ÜBER', true],
    ['Élan Vital Über Alles', true],
    ['émile said it was over', false],
    ['Police Arrest Man in Harbour Raid On Depot', true],
    // a quotation opening with a capitalised minor word, a name holding one: running text
    ['" The rise is small , " she said', false],
    ['He was fined by The Harbour Football Federation for it', false],
    ['Comedy Meet The Parents topped the box office in Leeds', false],
  ])('%s: title case %s', (text, expected) => {
    expect(isTitleCase(text.split(' '))).toBe(expected);
  });
});
