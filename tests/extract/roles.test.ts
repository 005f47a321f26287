// Table-driven tests of role and apposition patterns around person names (no parse needed).
import { describe, expect, it } from 'vitest';
import { roles } from '../../src/extract/roles.js';
import { analysisOf, show, type SentenceSpec } from './fixtures.js';

/** Tokens without a parse from plain words with UPOS tags: "Norway/PROPN 's/PART". */
function words(s: string): string {
  return s.trim().split(/\s+/).map((w) => {
    const [word, upos] = w.split('/') as [string, string];
    return `${word} ${word.toLowerCase()} ${upos} _ - -`;
  }).join('\n');
}

const cases: Array<{ name: string; spec: SentenceSpec; expect: string[] }> = [
  {
    name: 'organisation possessive, role, name',
    spec: { rows: words("Norway/PROPN 's/PART foreign/ADJ minister/NOUN Anne/PROPN Berg/PROPN arrived/VERB ./PUNCT"), mentions: [['Norway', 'Country'], ['Anne Berg', 'Person']] },
    expect: ['Anne Berg | foreignMinisterOf | Norway | + |  | fact'],
  },
  {
    name: 'country, title, name',
    spec: { rows: words('French/ADJ Finance/PROPN Minister/PROPN Paul/PROPN Roux/PROPN spoke/VERB ./PUNCT'), mentions: [['French', 'Country', 'France'], ['Paul Roux', 'Person']] },
    expect: ['Paul Roux | financeMinisterOf | France | + |  | fact'],
  },
  {
    name: 'ambassador to a country, with a demonym for the sending country',
    spec: { rows: words('the/DET Brazilian/ADJ Ambassador/PROPN to/ADP Japan/PROPN Ana/PROPN Costa/PROPN said/VERB ./PUNCT'), mentions: [['Brazilian', 'Country', 'Brazil'], ['Japan', 'Country'], ['Ana Costa', 'Person']] },
    expect: ['Ana Costa | ambassadorTo | Japan | + |  | fact', 'Ana Costa | ambassadorOf | Brazil | + |  | fact'],
  },
  {
    name: 'apposition after the name with a former role of a company',
    spec: { rows: words("Lena/PROPN Fisk/PROPN ,/PUNCT former/ADJ chief/ADJ executive/NOUN of/ADP Acme/PROPN Foods/PROPN ,/PUNCT died/VERB ./PUNCT"), mentions: [['Lena Fisk', 'Person'], ['Acme Foods', 'Company']] },
    expect: ['Lena Fisk | formerChiefExecutiveOf | Acme Foods | + |  | fact'],
  },
  {
    name: '"from" an organisation after the name',
    spec: { rows: words('Omar/PROPN Said/PROPN ,/PUNCT from/ADP Amnesty/PROPN International/PROPN ,/PUNCT objected/VERB ./PUNCT'), mentions: [['Omar Said', 'Person'], ['Amnesty International', 'Organization']] },
    expect: ['Omar Said | memberOf | Amnesty International | + |  | fact'],
  },
  {
    name: 'analyst at a firm, after the name',
    spec: { rows: words('Kim/PROPN Lo/PROPN ,/PUNCT an/DET analyst/NOUN at/ADP Nomura/PROPN ,/PUNCT said/VERB ./PUNCT'), mentions: [['Kim Lo', 'Person'], ['Nomura', 'Company']] },
    expect: ['Kim Lo | analystOf | Nomura | + |  | fact'],
  },
  {
    name: 'role of an organisation before the name',
    spec: { rows: words('the/DET head/NOUN of/ADP Interpol/PROPN ,/PUNCT Jan/PROPN Ruiz/PROPN ,/PUNCT said/VERB ./PUNCT'), mentions: [['Interpol', 'Organization'], ['Jan Ruiz', 'Person']] },
    expect: ['Jan Ruiz | headOf | Interpol | + |  | fact'],
  },
];

describe('roles', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = roles(analysisOf([c.spec])).map(show);
      for (const e of c.expect) expect(got).toContain(e);
    });
  }

  it('a title without an organisation gives no role', () => {
    const got = roles(analysisOf([{ rows: words('President/PROPN Ana/PROPN Reis/PROPN spoke/VERB ./PUNCT'), mentions: [['Ana Reis', 'Person']] }]));
    expect(got).toEqual([]);
  });
});
