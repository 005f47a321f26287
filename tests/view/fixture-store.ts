// A small RDF store in the published model (entities, statement nodes with provenance, documents), written for the
// viewer's tests: facts, a claim, a denial, a literal-valued relation and two articles.
import { Parser, Store } from 'n3';

export const FIXTURE_TTL = `
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix kb: <https://w3id.org/newsgraph/kb/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

kb:doc-briefing a ng:Document ; dct:title "Spokesperson briefs reporters on warning" ; dct:date "2031-05-06"^^xsd:date .
kb:doc-claim a ng:Document ; dct:title "Militant group claims the attack" ; dct:date "2031-05-09"^^xsd:date .

kb:matthew-miller a ng:Person ; rdfs:label "Matthew Miller" ; skos:altLabel "Miller" .
kb:united-states a ng:Country ; rdfs:label "United States" ; skos:altLabel "Washington", "U.S." ; ng:iso3166 "US" ;
  owl:sameAs <http://www.wikidata.org/entity/Q30> .
kb:russia a ng:Country ; rdfs:label "Russia" ; skos:altLabel "Moscow" ; ng:iso3166 "RU" .
kb:ukraine a ng:Country ; rdfs:label "Ukraine" ; skos:altLabel "Ukrainian" ; ng:iso3166 "UA" .
kb:vladimir-putin a ng:Person ; rdfs:label "Vladimir Putin" ; skos:altLabel "Putin" .
kb:state-department a ng:GovernmentBody , ng:Organization ; rdfs:label "State Department" .
kb:isis-k a ng:ArmedGroup , ng:Organization ; rdfs:label "ISIS-K" ; skos:altLabel "Islamic State Khorasan" .
kb:hall-attack a ng:Event , ng:Attack ; rdfs:label "concert hall attack" ; skos:altLabel "the attack", "the assault" ;
  ng:date "2031-05-03"^^xsd:date .
kb:lonely-city a ng:City ; rdfs:label "Lonely City" .

ng:warn rdfs:label "warned" .

# plain triples for what the articles assert as fact
kb:united-states ng:warn kb:russia .
kb:vladimir-putin ng:blame kb:ukraine .
kb:matthew-miller ng:spokespersonOf kb:state-department .
kb:isis-k ng:claimResponsibilityFor kb:hall-attack .
kb:hall-attack ng:killedCount 40 .

kb:st-warn a rdf:Statement ; rdf:subject kb:united-states ; rdf:predicate ng:warn ; rdf:object kb:russia ;
  ng:polarity ng:Asserted ; ng:attributedTo kb:matthew-miller ; ng:cue "said" ; ng:confidence 0.85 ;
  ng:extractor "reported-speech" ; prov:wasDerivedFrom kb:doc-briefing ;
  ng:sentence "Matthew Miller said on Tuesday that Washington had warned Moscow about a planned strike." ;
  ng:start 0 ; ng:end 87 .
kb:st-deny a rdf:Statement ; rdf:subject kb:ukraine ; rdf:predicate ng:involvedIn ; rdf:object kb:hall-attack ;
  ng:polarity ng:Denied ; ng:attributedTo kb:matthew-miller ; ng:cue "said" ; ng:confidence 0.8 ;
  ng:extractor "reported-speech" ; prov:wasDerivedFrom kb:doc-briefing ;
  ng:sentence "Miller said there was no Ukrainian involvement in the assault." ; ng:start 88 ; ng:end 150 .
kb:st-blame a rdf:Statement ; rdf:subject kb:vladimir-putin ; rdf:predicate ng:blame ; rdf:object kb:ukraine ;
  ng:polarity ng:Asserted ; ng:confidence 0.9 ; ng:extractor "svo" ; prov:wasDerivedFrom kb:doc-briefing ;
  ng:sentence "Putin blamed Ukraine for the attack without evidence." ; ng:start 151 ; ng:end 204 .
kb:st-resp a rdf:Statement ; rdf:subject kb:ukraine ; rdf:predicate ng:responsibleFor ; rdf:object kb:hall-attack ;
  ng:polarity ng:Asserted ; ng:attributedTo kb:vladimir-putin ; ng:cue "blamed" ; ng:confidence 0.6 ;
  ng:modality ng:Actual ; ng:extractor "reported-speech" ; prov:wasDerivedFrom kb:doc-briefing ;
  ng:sentence "Putin blamed Ukraine for the attack without evidence." ; ng:start 151 ; ng:end 204 .
kb:st-spox a rdf:Statement ; rdf:subject kb:matthew-miller ; rdf:predicate ng:spokespersonOf ; rdf:object kb:state-department ;
  ng:polarity ng:Asserted ; ng:confidence 0.95 ; ng:extractor "apposition" ; prov:wasDerivedFrom kb:doc-briefing ;
  ng:sentence "State Department spokesperson Matthew Miller spoke to reporters." ; ng:start 205 ; ng:end 268 .
kb:st-claim a rdf:Statement ; rdf:subject kb:isis-k ; rdf:predicate ng:claimResponsibilityFor ; rdf:object kb:hall-attack ;
  ng:polarity ng:Asserted ; ng:confidence 0.7 ; ng:extractor "svo" ; prov:wasDerivedFrom kb:doc-claim ;
  ng:sentence "Islamic State Khorasan said it carried out the attack." ; ng:start 0 ; ng:end 54 .
kb:st-killed a rdf:Statement ; rdf:subject kb:hall-attack ; rdf:predicate ng:killedCount ; rdf:object 40 ;
  ng:polarity ng:Asserted ; ng:confidence 0.75 ; ng:extractor "quantity" ; prov:wasDerivedFrom kb:doc-claim ;
  ng:sentence "At least 40 people died in the attack." ; ng:start 55 ; ng:end 93 .
`;

export function fixtureStore(): Store {
  const store = new Store();
  store.addQuads(new Parser().parse(FIXTURE_TTL));
  return store;
}
