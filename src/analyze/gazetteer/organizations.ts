// General news vocabulary for organisations: name heads and suffixes, government bodies, places used for governments, parties, news agencies and armed groups.

/** Suffixes and last words that make a capitalised name a company ("Acme Corp", "Foo Holdings"). */
export const COMPANY_HEADS = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'plc', 'Plc', 'PLC', 'LLC', 'LLP', 'L.P.', 'AG', 'SA', 'S.A.',
  'GmbH', 'NV', 'N.V.', 'BV', 'SpA', 'S.p.A.', 'Co', 'Co.', 'Company', 'Holdings', 'Airlines', 'Airways', 'Motors', 'Industries',
  'Technologies', 'Technology', 'Pharmaceuticals', 'Pharma', 'Entertainment', 'Communications', 'Telecom', 'Telecommunications',
  'Petroleum', 'Capital', 'Partners', 'Ventures', 'Enterprises', 'Systems', 'Software', 'Electronics', 'Records', 'Studios',
  'Pictures', 'Foods', 'Brands', 'Stores', 'Insurance', 'Securities', 'Investments', 'Motor', 'Bancorp', 'Semiconductor',
]);

/** Last words of organisation names in general ("Human Rights Watch", "Red Cross Society"). */
export const ORGANIZATION_HEADS = new Set([
  'Group', 'Bank', 'Council', 'Commission', 'Committee', 'Union', 'Association', 'Federation', 'Foundation', 'Institute',
  'Institution', 'University', 'College', 'School', 'Organisation', 'Organization', 'League', 'Society', 'Club', 'Alliance',
  'Coalition', 'Network', 'Trust', 'Fund', 'Board', 'Authority', 'Agency', 'Service', 'Services', 'Forum', 'Movement', 'Watch',
  'Corps', 'Confederation', 'Consortium', 'Chamber', 'Academy', 'Assembly', 'Bureau', 'Office', 'Centre', 'Center', 'Church',
  'Brotherhood', 'Syndicate', 'Cooperative', 'Mission', 'Programme', 'Program', 'Initiative', 'Project', 'Campaign',
]);

/**
 * Last words that make a capitalised run of two or more words an organisation on their own ("Human Rights Watch", "World
 * Trade Organisation"): the organisation heads without those that as often end the name of a venue, a scheme or a
 * place ("Centre", "Programme", "West Bank"). Kept apart from ORGANIZATION_HEADS, which the recogniser's features read.
 */
export const ORGANIZATION_NAME_HEADS = new Set([...ORGANIZATION_HEADS].filter((w) => ![
  'Centre', 'Center', 'Programme', 'Program', 'Project', 'Campaign', 'Initiative', 'Mission', 'Church', 'School', 'College',
].includes(w)));

/** Words that make a name a government body ("Defence Ministry", "Ministry of Finance", "U.S. Embassy"). */
export const GOVERNMENT_HEADS = new Set([
  'Ministry', 'Department', 'Embassy', 'Consulate', 'Parliament', 'Congress', 'Senate', 'Cabinet', 'Government', 'Administration',
  'Police', 'Army', 'Navy', 'Military', 'Treasury', 'Duma', 'Knesset', 'Bundestag', 'Directorate', 'Prosecutor', 'Judiciary',
  'Legislature', 'Presidency', 'Gendarmerie', 'Constabulary', 'Secretariat',
]);

/** Heads that name a government body only with a country or state word before them ("Federal Security Service", "Russian Air Force"). */
export const STATE_QUALIFIED_HEADS = new Set([
  'Agency', 'Service', 'Bureau', 'Council', 'Commission', 'Office', 'Authority', 'Forces', 'Force', 'Guard', 'Court', 'Assembly',
  'Command', 'Committee', 'Intelligence', 'Coastguard',
]);

/** Words before a head that mark a state organ ("Federal", "National", "State", "Foreign", "Defence"). */
export const STATE_MODIFIERS = new Set([
  'Federal', 'National', 'State', 'Foreign', 'Home', 'Interior', 'Defence', 'Defense', 'Justice', 'Finance', 'Health', 'Security',
  'Intelligence', 'Border', 'Customs', 'Immigration', 'Supreme', 'Constitutional', 'Royal', 'Armed', 'Air', 'Naval', 'Presidential',
  'Central', 'Public', 'Environment', 'Education', 'Energy', 'Trade', 'Economy', 'Agriculture', 'Transport', 'Emergency',
  'Emergencies', 'Cabinet', 'Investigative', 'Prosecutor', "Prosecutor's", 'General',
]);

/** A fixed name of a state organ, with the country it belongs to when that is unambiguous. */
export interface FixedBody {
  name: string;
  canonical: string;
  country?: string;
}

export const GOVERNMENT_BODIES: FixedBody[] = [
  { name: 'State Department', canonical: 'United States Department of State', country: 'US' },
  { name: 'Department of State', canonical: 'United States Department of State', country: 'US' },
  { name: 'Foreign Office', canonical: 'Foreign Office', country: 'GB' },
  { name: 'Foreign and Commonwealth Office', canonical: 'Foreign Office', country: 'GB' },
  { name: 'Home Office', canonical: 'Home Office', country: 'GB' },
  { name: 'Cabinet Office', canonical: 'Cabinet Office', country: 'GB' },
  { name: 'House of Commons', canonical: 'House of Commons', country: 'GB' },
  { name: 'House of Lords', canonical: 'House of Lords', country: 'GB' },
  { name: 'House of Representatives', canonical: 'House of Representatives' },
  { name: 'FBI', canonical: 'Federal Bureau of Investigation', country: 'US' },
  { name: 'CIA', canonical: 'Central Intelligence Agency', country: 'US' },
  { name: 'NSA', canonical: 'National Security Agency', country: 'US' },
  { name: 'FSB', canonical: 'Federal Security Service', country: 'RU' },
  { name: 'SBU', canonical: 'Security Service of Ukraine', country: 'UA' },
  { name: 'MI5', canonical: 'MI5', country: 'GB' },
  { name: 'MI6', canonical: 'MI6', country: 'GB' },
  { name: 'GCHQ', canonical: 'GCHQ', country: 'GB' },
  { name: 'Mossad', canonical: 'Mossad', country: 'IL' },
  { name: 'Congress', canonical: 'United States Congress', country: 'US' },
  { name: 'State Duma', canonical: 'State Duma', country: 'RU' },
  { name: 'Bundestag', canonical: 'Bundestag', country: 'DE' },
  { name: 'Knesset', canonical: 'Knesset', country: 'IL' },
  { name: 'Federal Reserve', canonical: 'Federal Reserve', country: 'US' },
  { name: 'Bank of England', canonical: 'Bank of England', country: 'GB' },
  { name: 'European Commission', canonical: 'European Commission' },
  { name: 'European Parliament', canonical: 'European Parliament' },
  { name: 'Security Council', canonical: 'United Nations Security Council' },
  { name: 'Ministry of Defence', canonical: 'Ministry of Defence' },
  { name: 'Crown Prosecution Service', canonical: 'Crown Prosecution Service', country: 'GB' },
  // a state's army whose name has an insurgent's word in it (see INSURGENT_WORDS)
  { name: "People's Liberation Army", canonical: "People's Liberation Army", country: 'CN' },
];

/**
 * Places whose names stand for a government ("the Kremlin said"): typed as the place they are, with the
 * country whose government they stand for. Capitals play the same role; see `capitalCountry`.
 */
export const METONYM_PLACES: Array<{ name: string; canonical: string; country: string }> = [
  { name: 'Kremlin', canonical: 'Kremlin', country: 'RU' },
  { name: 'White House', canonical: 'White House', country: 'US' },
  { name: 'Pentagon', canonical: 'Pentagon', country: 'US' },
  { name: 'Capitol Hill', canonical: 'Capitol Hill', country: 'US' },
  { name: 'Foggy Bottom', canonical: 'Foggy Bottom', country: 'US' },
  { name: 'Downing Street', canonical: 'Downing Street', country: 'GB' },
  { name: 'Number 10', canonical: 'Downing Street', country: 'GB' },
  { name: 'No 10', canonical: 'Downing Street', country: 'GB' },
  { name: 'No. 10', canonical: 'Downing Street', country: 'GB' },
  { name: 'Whitehall', canonical: 'Whitehall', country: 'GB' },
  { name: 'Westminster', canonical: 'Westminster', country: 'GB' },
  { name: 'Elysee', canonical: 'Élysée Palace', country: 'FR' },
  { name: 'Elysee Palace', canonical: 'Élysée Palace', country: 'FR' },
  { name: 'Quai d\'Orsay', canonical: 'Quai d\'Orsay', country: 'FR' },
  { name: 'Zhongnanhai', canonical: 'Zhongnanhai', country: 'CN' },
  { name: 'Blue House', canonical: 'Blue House', country: 'KR' },
  { name: 'Bankova', canonical: 'Bankova', country: 'UA' },
];

/** Political parties by their usual names and short forms. */
export const PARTIES: Array<{ name: string; canonical: string }> = [
  ...[
    ['Conservative Party', 'Conservative Party'], ['Conservatives', 'Conservative Party'], ['Tories', 'Conservative Party'],
    ['Tory Party', 'Conservative Party'], ['Labour', 'Labour Party'], ['Labour Party', 'Labour Party'],
    ['Liberal Democrats', 'Liberal Democrats'], ['Lib Dems', 'Liberal Democrats'], ['SNP', 'Scottish National Party'],
    // the adjectival forms written before a title ("Liberal Democrat spokesman", "Tory MP")
    ['Liberal Democrat', 'Liberal Democrats'], ['Lib Dem', 'Liberal Democrats'], ['Tory', 'Conservative Party'], ['Conservative', 'Conservative Party'],
    ['Scottish National Party', 'Scottish National Party'], ['UKIP', 'UK Independence Party'], ['Plaid Cymru', 'Plaid Cymru'],
    ['Sinn Fein', 'Sinn Féin'], ['DUP', 'Democratic Unionist Party'], ['Green Party', 'Green Party'], ['Reform UK', 'Reform UK'],
    ['Democratic Party', 'Democratic Party'], ['Democrats', 'Democratic Party'], ['Republican Party', 'Republican Party'],
    ['Republicans', 'Republican Party'], ['GOP', 'Republican Party'], ['CDU', 'Christian Democratic Union'],
    ['Christian Democrats', 'Christian Democratic Union'], ['SPD', 'Social Democratic Party of Germany'],
    ['Social Democrats', 'Social Democrats'], ['AfD', 'Alternative for Germany'], ['ANC', 'African National Congress'],
    ['African National Congress', 'African National Congress'], ['BJP', 'Bharatiya Janata Party'], ['Likud', 'Likud'],
    ['Fidesz', 'Fidesz'], ['United Russia', 'United Russia'], ['Communist Party', 'Communist Party'],
    ['National Rally', 'National Rally'], ['Front National', 'National Front'], ['Podemos', 'Podemos'], ['PSOE', 'PSOE'],
    ['Five Star Movement', 'Five Star Movement'], ['Forza Italia', 'Forza Italia'], ['Law and Justice', 'Law and Justice'],
    ['Kuomintang', 'Kuomintang'], ['Liberal Party', 'Liberal Party'], ['Labor Party', 'Labor Party'],
  ].map(([name, canonical]) => ({ name: name!, canonical: canonical! })),
];

/** News agencies and large news organisations, named as sources in news text. */
export const NEWS_AGENCIES: Array<{ name: string; canonical: string }> = [
  ...[
    ['Reuters', 'Reuters'], ['Associated Press', 'Associated Press'], ['AP', 'Associated Press'], ['AFP', 'Agence France-Presse'],
    ['Agence France-Presse', 'Agence France-Presse'], ['Agence France Presse', 'Agence France-Presse'], ['Bloomberg', 'Bloomberg'],
    ['Xinhua', 'Xinhua'], ['TASS', 'TASS'], ['Tass', 'TASS'], ['RIA Novosti', 'RIA Novosti'], ['Interfax', 'Interfax'],
    ['Kyodo', 'Kyodo News'], ['Yonhap', 'Yonhap'], ['Anadolu Agency', 'Anadolu Agency'], ['Anadolu', 'Anadolu Agency'],
    ['Al Jazeera', 'Al Jazeera'], ['dpa', 'Deutsche Presse-Agentur'], ['DPA', 'Deutsche Presse-Agentur'], ['EFE', 'EFE'],
    ['ANSA', 'ANSA'], ['Press Trust of India', 'Press Trust of India'], ['PTI', 'Press Trust of India'],
    ['United Press International', 'United Press International'], ['UPI', 'United Press International'], ['Sputnik', 'Sputnik'],
    ['IRNA', 'IRNA'], ['Ukrinform', 'Ukrinform'], ['Press Association', 'PA Media'], ['PA Media', 'PA Media'],
    ['Canadian Press', 'Canadian Press'], ['Australian Associated Press', 'Australian Associated Press'], ['AAP', 'Australian Associated Press'],
    ['BBC', 'BBC'], ['CNN', 'CNN'], ['NHK', 'NHK'], ['Sky News', 'Sky News'], ['Fox News', 'Fox News'], ['NPR', 'NPR'],
    ['New York Times', 'The New York Times'], ['Washington Post', 'The Washington Post'], ['Wall Street Journal', 'The Wall Street Journal'],
    ['Financial Times', 'Financial Times'], ['The Guardian', 'The Guardian'], ['Le Monde', 'Le Monde'], ['Der Spiegel', 'Der Spiegel'],
  ].map(([name, canonical]) => ({ name: name!, canonical: canonical! })),
];

/** Non-state armed groups often named in international news. */
export const ARMED_GROUPS: Array<{ name: string; canonical: string }> = [
  ...[
    ['Taliban', 'Taliban'], ['Hamas', 'Hamas'], ['Hezbollah', 'Hezbollah'], ['Hizbollah', 'Hezbollah'], ['al-Qaeda', 'al-Qaeda'],
    ['al-Qaida', 'al-Qaeda'], ['Al Qaeda', 'al-Qaeda'], ['al Qaeda', 'al-Qaeda'], ['Al-Qaeda', 'al-Qaeda'], ['Islamic State', 'Islamic State'],
    ['ISIS', 'Islamic State'], ['ISIL', 'Islamic State'], ['Daesh', 'Islamic State'], ['Boko Haram', 'Boko Haram'],
    ['al-Shabab', 'al-Shabab'], ['al-Shabaab', 'al-Shabab'], ['Al-Shabab', 'al-Shabab'], ['IRA', 'Irish Republican Army'],
    ['ETA', 'ETA'], ['FARC', 'FARC'], ['PKK', 'Kurdistan Workers\' Party'], ['Houthis', 'Houthis'], ['Houthi', 'Houthis'],
    ['Ansar Allah', 'Houthis'], ['Wagner Group', 'Wagner Group'], ['Lashkar-e-Taiba', 'Lashkar-e-Taiba'],
    ['Jaish-e-Mohammed', 'Jaish-e-Mohammed'], ['Islamic Jihad', 'Islamic Jihad'], ['Hayat Tahrir al-Sham', 'Hayat Tahrir al-Sham'],
    ['Nusra Front', 'Nusra Front'], ['Janjaweed', 'Janjaweed'], ['Rapid Support Forces', 'Rapid Support Forces'], ['M23', 'M23'],
    ['Lord\'s Resistance Army', 'Lord\'s Resistance Army'], ['Shining Path', 'Shining Path'], ['Tamil Tigers', 'Tamil Tigers'],
    ['LTTE', 'Tamil Tigers'], ['Abu Sayyaf', 'Abu Sayyaf'], ['Jemaah Islamiah', 'Jemaah Islamiah'],
  ].map(([name, canonical]) => ({ name: name!, canonical: canonical! })),
];

/** Nouns that describe an armed group or its members ("militants", "the terrorist group"). */
export const ARMED_GROUP_CUES = new Set([
  'militant', 'militants', 'insurgent', 'insurgents', 'rebel', 'rebels', 'fighters', 'gunmen', 'gunman', 'jihadist', 'jihadists',
  'terrorist', 'terrorists', 'militia', 'militias', 'paramilitary', 'paramilitaries', 'extremist', 'extremists', 'guerrilla',
  'guerrillas', 'separatist', 'separatists', 'jihadi', 'jihadis', 'islamist', 'islamists',
]);

/** Nouns that, after an armed-group cue, head a group description ("terrorist group", "militant organisation"). */
export const GROUP_NOUNS = new Set(['group', 'groups', 'organisation', 'organization', 'faction', 'cell', 'wing', 'affiliate', 'branch', 'offshoot', 'network', 'movement', 'outfit']);

/** Last words of venue and building names ("Crystal Hall", "Wembley Stadium", "Heathrow Airport"). */
export const FACILITY_HEADS = new Set([
  'Hall', 'Stadium', 'Arena', 'Square', 'Airport', 'Station', 'Bridge', 'Tower', 'Towers', 'Palace', 'Cathedral', 'Mosque',
  'Temple', 'Synagogue', 'Hospital', 'Hotel', 'Museum', 'Theatre', 'Theater', 'Prison', 'Jail', 'Base', 'Mall', 'Plaza',
  'Building', 'Dam', 'Plant', 'Pier', 'Terminal', 'Port', 'Harbour', 'Harbor', 'Gallery', 'Library', 'Castle', 'Abbey',
  'Chapel', 'Cinema', 'Complex', 'Park', 'Gardens', 'Racecourse', 'Circuit', 'Ground', 'Colosseum', 'Auditorium', 'Centre', 'Center',
]);

/**
 * Last words of venue and building names the mention rules read: the facility heads and those of sites that war and attack
 * reports name ("... Shrine", "... Airfield", "... Barracks"). Kept apart from FACILITY_HEADS, which the recogniser's features read.
 */
export const FACILITY_NAME_HEADS = new Set([
  ...FACILITY_HEADS, 'Shrine', 'Airfield', 'Airbase', 'Barracks', 'Mausoleum', 'Cemetery', 'Monument', 'Checkpoint', 'Refinery',
  'Courthouse', 'Bazaar', 'Basilica',
]);

/**
 * Heads of the names armed groups give themselves ("... Brigades", "... Liberation Front", "... Resistance Army"): a
 * non-state group when the name holds an insurgent word (INSURGENT_WORDS); a plural "Brigades" is one on its own.
 */
export const ARMED_GROUP_HEADS = new Set(['Army', 'Front', 'Brigade', 'Brigades', 'Battalion', 'Battalions', 'Forces', 'Militia']);

/** Words that, inside a name with an armed group's head, make it a non-state group rather than a state's army. */
export const INSURGENT_WORDS = new Set([
  'Liberation', 'Resistance', 'Revolutionary', 'Republican', 'Jihad', 'Jihadi', 'Islamic', 'Islamist', 'Mujahideen', 'Mujahidin',
  'Martyrs', "Martyrs'", 'Rebel', 'Insurgent', 'Salvation', 'Free',
]);

/** Last words of the names of recurring events ("Boston Marathon", "Winter Olympics", "Edinburgh Festival", "Earth Summit"). */
export const EVENT_HEADS = new Set(['Marathon', 'Olympics', 'Paralympics', 'Festival', 'Summit', 'Expo']);

/** Last words of geographic names that are neither cities nor countries ("Black Sea", "Gaza Strip"). */
export const LOCATION_HEADS = new Set([
  'River', 'Mountains', 'Mountain', 'Mount', 'Sea', 'Ocean', 'Lake', 'Valley', 'Desert', 'Island', 'Islands', 'Peninsula', 'Strait',
  'Gulf', 'Bay', 'Coast', 'Region', 'Province', 'County', 'District', 'Oblast', 'Street', 'Road', 'Avenue', 'Strip',
  'Highlands', 'Plain', 'Basin', 'Canal', 'Channel', 'Hills', 'Forest', 'Delta', 'Territory', 'Territories',
]);

