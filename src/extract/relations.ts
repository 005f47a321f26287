// Verb-mediated relations from the dependency parse: active and passive voice, particles, prepositions, shared subjects,
// control verbs, relative clauses, copulas and post-nominal adjectives; with claims, negation and modality attached.
import type { Analysis } from '../analyze/analysis.js';
import type { Argument, Candidate } from './candidate.js';
import { countLiteral, entityFromMention, type Context } from './arguments.js';
import { contextOf } from './context.js';
import { MODAL_ADJECTIVES, NOMINAL_ACTS, PART_NOUNS, RELATION_NOUNS } from './predicates/lexicon.js';
import { camel, verbPredicate } from './predicates/index.js';
import { SpeakerMemory } from './speech.js';
import { ancestors, kids, lemmaOf, lower, type SentenceView } from './sentence-view.js';
import { adverbParticle, labelWords, LOCATIVE_TYPES, prepOf } from './relations/words.js';
import { NEGATORS, negated, modalityOf, argumentNegated, questionClause, nounDenial } from './relations/modality.js';
import { relationConfidence } from './relations/confidence.js';
import { salientPerson } from './relations/speakers.js';
import { isTime } from './relations/time-frames.js';
import { withConjuncts, subjectsOf } from './relations/subjects.js';
import { roleOfNoun } from './relations/objects.js';
import { NAME, SentenceState } from './relations/sentence-state.js';
import { verbRelations } from './relations/verb.js';
import { beToInfinitive } from './relations/be-to.js';
import { authorshipRelations } from './relations/authorship.js';
import { proposalRelations } from './relations/proposals.js';
import { copulaClassRelations, copularVerbRelations, COPULAR_VERBS } from './relations/copulas.js';
import { chained, isAge, SKIP_PREPS, spanPhrase, ADVERBIAL_HEADS, STATE_PREPS_SKIP } from './relations/phrases.js';
// (kept importable from here, where the registry, open extraction, patterns, events and tests look for them)
export { adverbParticle, labelWords, NAME, prepOf, relationConfidence };

// Parts of speech that can head a copula clause ('X is the leader', 'X is responsible for ...').
const COPULA_HEADS = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Relations of one sentence. */
export function sentenceRelations(ctx: Context, v: SentenceView, memory: SpeakerMemory): Candidate[] {
  if (!v.parsed) return [];
  const state = new SentenceState(ctx, v, memory);
  const { out, frames, emit } = state;
  // "a denial by X that ...": the speech act is a fact, its content (a phrase) the object
  for (const f of frames) {
    if (f.kind !== 'noun' || !f.speaker || f.cueLemma !== 'deny') continue;
    const toks = [...f.content].sort((a, b) => a - b).filter((k) => !(v.tokens[k]!.dep === 'mark' && lower(v.tokens[k]!) === 'that'));
    if (!toks.length || toks.length > 12) continue;
    emit(f.speaker, 'deny', 'deny', spanPhrase(v, toks[0]!, toks[toks.length - 1]!), f.cueToken, { known: true, frameOverride: { denied: false, fact: true } });
  }

  v.tokens.forEach((t, p) => {
    const u = t.upos;
    // only these can head a copula clause; most tokens skip the child scan
    const hasCop = COPULA_HEADS.has(u) && kids(v, p, 'cop').length > 0;
    // "Did X attack Y?", "Is X responsible for Y?": what a question asks about is not stated
    if ((u === 'VERB' || hasCop) && questionClause(v, p)) return;
    // ("X is to recall the cars": the infinitive with "is" hung on it as a copula is a verb all the same, be-to.ts)
    if (u === 'VERB' && (!hasCop || beToInfinitive(v, p))) verbRelations(state, p);
    else if (hasCop && u !== 'VERB') copulaRelations(state, p);
    else if (u === 'ADJ' && (t.dep === 'amod' || t.dep === 'acl' || t.dep === 'appos')) adjectiveRelations(state, p);
    if (u === 'VERB') proposalRelations(state, p);
    // "X became chairman", "X remains the favourite": what the subject is, as a copula says it
    if (u === 'VERB' && COPULAR_VERBS.has(lemmaOf(t))) copularVerbRelations(state, p, subjectsOf(v, p), negated(v, p) ? 'denied' : 'asserted', modalityOf(v, p));
    if (u === 'NOUN' && RELATION_NOUNS[lemmaOf(t)]) nominalRelation(state, p);
    if (u === 'NOUN' && (NOMINAL_ACTS[lemmaOf(t)] ?? NOMINAL_ACTS[lower(t)])) nominalAct(state, p);
    if (u === 'NOUN' && PART_NOUNS.includes(lemmaOf(t))) partRelation(state, p);
    if (isAge(v, p)) ageRelation(state, p);
  });
  authorshipRelations(state);

  return out;
}

/** The age of a person or thing an "aged 44" follows. */
function ageRelation(state: SentenceState, p: number): void {
  const { v, emit, arg } = state;
  // "X died aged 44" -> X | aged | 44; "a man aged 30" -> man | aged | 30: the first noun or verb above the age
  let h = v.tokens[p]!.head;
  while (h >= 0 && (h === p - 1 || !['NOUN', 'PROPN', 'VERB', 'PRON'].includes(v.tokens[h]!.upos))) h = v.tokens[h]!.head;
  if (h < 0) return;
  const age = countLiteral(v, p);
  if (!age) return;
  const ht = v.tokens[h]!;
  // the age is the person's whatever the verb ("died aged 44", "was described as aged 30")
  if (ht.upos === 'VERB') for (const s of subjectsOf(v, h)) emit(arg(s), 'aged', 'aged', age, h, { known: true, surface: { s, rel: [p - 1], o: p } });
  else emit(arg(h), 'aged', 'aged', age, p, { known: true, surface: { s: h, rel: [p - 1], o: p } });
}

/** The relations of a copula clause: a place, a role or an adjective or noun with its prepositional phrases. */
function copulaRelations(state: SentenceState, p: number): void {
  const { v, emit, relTokens, caseOf, arg } = state;
  const t = v.tokens[p]!;
  const subjects = subjectsOf(v, p);
  const pol = negated(v, p) ? 'denied' : 'asserted';
  const modality = modalityOf(v, p);
  // the copula's verb group in a relation's words: auxiliaries, the copula and a negation ("is not up for")
  const verbGroup = [...kids(v, p, 'aux', 'cop'), ...kids(v, p, 'advmod').filter((k) => NEGATORS.has(lower(v.tokens[k]!)))];
  const prep = prepOf(v, p);
  if (prep && ['in', 'at', 'inside', 'near'].includes(prep)) {
    // "The summit is in Brussels"
    const place = arg(p);
    if (place?.kind === 'entity' && LOCATIVE_TYPES.has(place.type)) {
      for (const s of subjects) emit(arg(s), 'locatedIn', 'located in', place, p, { known: true, polarity: pol, modality, surface: { s, rel: relTokens(p, caseOf(p)), o: p } });
      return;
    }
  }
  if (prep) {
    // "X is on trial for fraud", "X is in talks with Y", "X is under investigation by Y": a predicate that is a
    // prepositional phrase of a common noun relates the subject to that noun's own prepositional object
    // Only a bare noun, as in those set phrases: a determiner, a number or an adjective ("at number 1 in the list", "in
    // upbeat mood") makes a description of the subject's state, not a relation
    if (t.upos !== 'NOUN' || v.mentionAt[p] || ADVERBIAL_HEADS.has(lemmaOf(t)) || STATE_PREPS_SKIP.has(prep)) return;
    if (kids(v, p, 'det', 'nummod', 'amod', 'nmod:poss').length || v.children[p]!.some((k) => v.tokens[k]!.upos === 'NUM')) return;
    const mods = kids(v, p, 'compound').filter((k) => k < p && !v.mentionAt[k]);
    for (const m of kids(v, p, 'nmod', 'obl')) {
      const pr = prepOf(v, m);
      if (!pr || SKIP_PREPS.has(pr) || STATE_PREPS_SKIP.has(pr) || pr === 'of' || isTime(v, m)) continue;
      // "out of action for six weeks": a duration or count is no party to a relation
      if (v.tokens[m]!.upos === 'NUM' || kids(v, m, 'nummod').length || arg(m)?.kind === 'literal') continue;
      const words = [prep, ...mods.map((k) => lower(v.tokens[k]!)), lower(t), pr];
      const rel = [...verbGroup, ...caseOf(p), ...mods, p, ...caseOf(m)].sort((a, b) => a - b);
      for (const s of subjects) for (const x of withConjuncts(v, m)) emit(arg(s), camel(words), words.join(' '), arg(x), p, { polarity: pol, modality, surface: { s, rel, o: x } });
    }
    return;
  }
  const mods = kids(v, p, 'obl', 'nmod').filter((k) => prepOf(v, k));
  if (t.upos === 'ADJ') {
    for (const m of mods) {
      const pr = prepOf(v, m)!;
      // "the code is more effective than the ban", "sales were higher than in 2003": a comparison between two things
      // is a relation; one with a time or amount is not
      const degree = kids(v, p, 'advmod').filter((k) => ['more', 'less', 'far', 'much'].includes(lower(v.tokens[k]!)));
      const comparison = pr === 'than' && (degree.some((k) => ['more', 'less'].includes(lower(v.tokens[k]!))) || t.tag === 'JJR') && !isTime(v, m) && v.tokens[m]!.upos !== 'NUM';
      if (SKIP_PREPS.has(pr) && !comparison) continue;
      const words = comparison ? [...degree.filter((k) => ['more', 'less'].includes(lower(v.tokens[k]!))).map((k) => lower(v.tokens[k]!)), lower(t), pr] : [lemmaOf(t), pr];
      const name = camel(words);
      for (const s of subjects) emit(arg(s), name, words.join(' '), arg(m), p, { known: name === 'responsibleFor', polarity: pol, modality, surface: { s, rel: relTokens(p, [...degree, ...caseOf(m)]), o: m } });
      // "is not up for renegotiation at the summit": a common noun in the phrase with a name or an event in a phrase of
      // its own continues the relation ("up for renegotiation at" the summit)
      if (comparison) continue;
      for (const [m2, pr2] of chained(state, m)) {
        const more = [lemmaOf(t), pr, lower(v.tokens[m]!), pr2];
        const rel = [...verbGroup, p, ...caseOf(m), m, ...caseOf(m2)].sort((a, b) => a - b);
        for (const s of subjects) emit(arg(s), camel(more), more.join(' '), arg(m2), p, { polarity: pol, modality, surface: { s, rel, o: m2 } });
      }
    }
    // "the levy was unlawful": a bare adjective says what state its subject is in
    if (!mods.length) copulaClassRelations(state, p, subjects, pol, modality);
    return;
  }
  // "X is the chief executive of Y", "X is a unit of Y"
  const role = roleOfNoun(v, p);
  // "X is a fashion designer", "X is the chief surveyor": what the subject is (a role with its organisation, below,
  // says it better)
  if (!role || !mods.some((m) => ['of', 'at', 'for', 'to'].includes(prepOf(v, m)!))) copulaClassRelations(state, p, subjects, pol, modality);
  if (role) for (const m of mods) if (['of', 'at', 'for', 'to'].includes(prepOf(v, m)!)) for (const s of subjects) emit(arg(s), role.name, role.label, arg(m), p, { known: true, polarity: pol, modality, surface: { s, rel: relTokens(p, [...kids(v, p, 'amod', 'compound').filter((k) => k < p), ...caseOf(m)]), o: m } });
}

/** The relations of an adjective after a noun, with its prepositional phrases. */
function adjectiveRelations(state: SentenceState, p: number): void {
  const { v, emit, relTokens, caseOf, arg } = state;
  // "ISIS-K, the group responsible for the assault"; "companies close to the Kremlin"
  const t = v.tokens[p]!;
  const mods = kids(v, p, 'obl', 'nmod').filter((k) => prepOf(v, k));
  if (!mods.length || t.head < 0 || !['NOUN', 'PROPN', 'PRON'].includes(v.tokens[t.head]!.upos)) return;
  const subject = arg(t.head);
  for (const m of mods) {
    const pr = prepOf(v, m)!;
    // "the telecoms giant in 2002": a time on an attributive adjective dates the sentence's event, not the adjective
    if (SKIP_PREPS.has(pr) || isTime(v, m)) continue;
    const name = camel([lemmaOf(t), pr]);
    emit(subject, name, `${lemmaOf(t)} ${pr}`, arg(m), p, { known: name === 'responsibleFor', polarity: negated(v, p) ? 'denied' : 'asserted', surface: { s: t.head, rel: relTokens(p, caseOf(m)), o: m } });
  }
}

/** A named part and its whole, from a noun of parts ("unit", "subsidiary"). */
function partRelation(state: SentenceState, p: number): void {
  const { v, emit, caseOf, arg } = state;
  // "the Yuganskneftegas unit of oil group Yukos", "Yukos's Yugansk unit": a named part and its whole
  const part = kids(v, p, 'compound', 'flat', 'appos').find((k) => v.mentionAt[k] && v.mentionAt[k]!.type !== 'Person');
  const of = kids(v, p, 'nmod').find((k) => prepOf(v, k) === 'of');
  const poss = kids(v, p, 'nmod:poss').find((k) => v.mentionAt[k]);
  const whole = of ?? poss;
  if (part === undefined || whole === undefined) return;
  const w = arg(whole);
  if (w?.kind !== 'entity') return;
  emit(entityFromMention(v.mentionAt[part]!), 'partOf', 'part of', w, p, { known: true, surface: { s: part, rel: [p, ...caseOf(whole)], o: whole } });
}

/**
 * "its surprise purchase of Yugra", "Oslo's attack on Lima", "US objections to the plan": an act written as a noun, with
 * its agent in the possessor, a demonym or a "by" phrase and what it acts on in its own preposition's phrase. "its" is
 * the last organisation named before it in the sentence, "his"/"her" the last person; else no agent is read.
 */
function nominalAct(state: SentenceState, p: number): void {
  const { v, emit, caseOf, arg } = state;
  const t = v.tokens[p]!;
  const act = (NOMINAL_ACTS[lemmaOf(t)] ?? NOMINAL_ACTS[lower(t)])!;
  const themes = kids(v, p, 'nmod').filter((k) => k > p && act.preps.includes(prepOf(v, k) ?? '') && !isTime(v, k));
  if (!themes.length) return;
  let agent: Argument | undefined;
  let at = -1;
  const by = kids(v, p, 'nmod', 'nmod:agent').find((k) => prepOf(v, k) === 'by' && v.mentionAt[k]);
  const poss = kids(v, p, 'nmod:poss', 'amod', 'compound').filter((k) => k < p);
  const named = poss.find((k) => v.mentionAt[k] && v.mentionAt[k]!.type !== 'Misc' && v.mentionAt[k]!.type !== 'Person' || v.mentionAt[k]?.type === 'Person' && v.tokens[k]!.dep === 'nmod:poss');
  if (by !== undefined) { agent = arg(by); at = by; }
  else if (named !== undefined) { agent = entityFromMention(v.mentionAt[named]!); at = named; }
  else {
    const pron = poss.find((k) => ['its', 'their', 'his', 'her'].includes(lower(v.tokens[k]!)));
    if (pron === undefined) return;
    const people = ['his', 'her'].includes(lower(v.tokens[pron]!));
    for (let b = pron - 1; b >= 0 && !agent; b--) {
      const m = v.mentionAt[b];
      if (m && (people ? m.type === 'Person' : ['Organization', 'Company', 'GovernmentBody', 'Country', 'ArmedGroup', 'PoliticalParty', 'Group'].includes(m.type))) agent = entityFromMention(m);
    }
    at = pron;
  }
  if (!agent || agent.kind === 'literal' || agent.kind === 'concept') return;
  // "a planned purchase", "the possible sale": the act is not (yet) real
  const modal = kids(v, p, 'amod').map((k) => MODAL_ADJECTIVES[lower(v.tokens[k]!)]).find(Boolean);
  const [verb, particle] = act.verb.split(' ');
  const pred = verbPredicate(verb!, particle === 'down' || particle === 'over' ? particle : undefined, act.verb.split(' ').length > 1 && !['down', 'over'].includes(particle!) ? particle : act.verb === 'crack down on' ? 'on' : undefined);
  for (const th of themes) for (const x of withConjuncts(v, th)) {
    const theme = arg(x);
    if (!theme || theme.kind === 'literal') continue;
    emit(agent, pred.name, pred.label, theme, p, { known: pred.known, modality: modal, nominal: true, polarity: argumentNegated(v, p) ? 'denied' : 'asserted', surface: { s: at, rel: [p, ...caseOf(th)], o: x } });
  }
}

/** A relation a noun names ("involvement", "role") between its modifier, the actor, and what it is in or for. */
function nominalRelation(state: SentenceState, p: number): void {
  const { ctx, v, emit, arg } = state;
  // "Ukrainian involvement", "Iran's role in the attack": the modifier is the actor; "no ..." denies it
  const rel = RELATION_NOUNS[lemmaOf(v.tokens[p]!)]!;
  // "X denied (any) involvement in Y": denied on X's word, X the actor when the noun names none; "refused to deny": neither
  const denial = nounDenial(v, p);
  if (denial?.open) return;
  const said = denial?.denier !== undefined ? arg(denial.denier) : undefined;
  const denier = said?.kind === 'entity' ? said : undefined;
  const actorTok = kids(v, p, 'amod', 'nmod:poss', 'compound').find((k) => v.mentionAt[k] && v.mentionAt[k]!.type !== 'Misc' || lower(v.tokens[k]!) === 'his' || lower(v.tokens[k]!) === 'their');
  const actor = actorTok !== undefined && v.mentionAt[actorTok] ? entityFromMention(v.mentionAt[actorTok]!) : denier;
  if (!actor) return;
  const inObl = kids(v, p, 'nmod').find((k) => ['in', 'for', 'with'].includes(prepOf(v, k) ?? ''));
  const target = inObl !== undefined ? arg(inObl) : ctx.book.main();
  if (!target) return;
  let denied = argumentNegated(v, p);
  for (const a of ancestors(v, p).slice(0, 3)) {
    if (argumentNegated(v, a)) denied = true;
    if (v.tokens[a]!.upos === 'VERB' && negated(v, a)) denied = true;
    if (v.tokens[a]!.upos === 'VERB') break;
  }
  if (lemmaOf(v.tokens[p]!) === 'role' && inObl === undefined) return;
  const frameOverride = denial ? { speaker: denier, cue: v.tokens[v.tokens[p]!.head]!.text, denied: true, fact: false } : undefined;
  emit(actor, rel.predicate, rel.label, target, p, { known: true, polarity: denied ? 'denied' : 'asserted', frameOverride });
}

/** The extractor: every sentence with a parse. */
export function dependencyRelations(analysis: Analysis): Candidate[] {
  const ctx = contextOf(analysis);
  const views = ctx.views;
  const memory = new SpeakerMemory();
  const out: Candidate[] = [];
  for (const v of views) {
    out.push(...sentenceRelations(ctx, v, memory));
    const person = salientPerson(v);
    if (person) memory.notePerson(entityFromMention(person));
  }
  return out;
}
