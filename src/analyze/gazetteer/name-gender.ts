// Common given names with their usual gender, so "he"/"she" can find "Matthew Miller" or "Cynthia Cooper" (extract's pronoun resolution, resolve's clusters).
// Only frequent, unambiguous names are listed: an unknown name leaves the gender unknown, which is compatible with both.

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

const GENDER = new Map<string, 'male' | 'female'>();
for (const n of MALE.split(/\s+/)) if (n) GENDER.set(n, 'male');
for (const n of FEMALE.split(/\s+/)) if (n) GENDER.set(n, 'female');

/** The usual gender of a given name, or undefined when the name is not in the list. Accents are ignored ("Nicolás", "José"). */
export function genderOfFirstName(name: string): 'male' | 'female' | undefined {
  const key = name.toLowerCase();
  return GENDER.get(key) ?? GENDER.get(key.normalize('NFD').replace(/\p{M}/gu, ''));
}
