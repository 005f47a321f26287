// Common given names across the languages of international news, a person cue for mentions and NER features.

// Curated by hand: frequent English given names plus those common in world politics and business reporting
// (Arabic, Slavic, Chinese, South Asian, African, Latin, European). A cue, not a decision: "Jordan" and
// "Israel" are also places, so callers weigh it with other evidence.
const NAMES = `
Aaron Abdul Abdullah Abe Abigail Abraham Adam Adrian Ahmad Ahmed Aisha Alan Albert Alberto Alex Alexander Alexandra
Alexei Alexey Alfred Ali Alice Alicia Alison Amanda Amber Amy Ana Anatoly Andrea Andreas Andrei Andrew Andrey Andy Angela
Angus Anita Ann Anna Anne Annie Anthony Anton Antonio Arnold Arthur Ashley Barack Barbara Barry Ben Benjamin Bernard
Bernie Beth Betty Bill Billy Bob Bobby Boris Brad Bradley Brandon Brenda Brian Bruce Bruno Bryan Carl Carla Carlos Carmen
Carol Caroline Catherine Cecilia Charles Charlie Chris Christian Christina Christine Christopher Claire Claude Claudia
Colin Connor Craig Cristina Dale Dan Daniel Danielle Danny Dave David Dean Deborah Denis Dennis Derek Diana Diane Dick
Dimitri Dmitry Dmitri Dominic Donald Doug Douglas Dylan Ed Eddie Edward Elena Elizabeth Ellen Emily Emma Emmanuel Eric
Erik Ethan Eva Evan Fatima Felix Fernando Fiona Francesco Francis Francisco Frank Franz Fred Frederick Gabriel Gareth
Gary Gavin Geoff Geoffrey George Georgia Gerald Gerhard Giorgio Giovanni Giuseppe Glen Gordon Grace Graham Greg Gregory
Hamid Hannah Hans Harold Harry Hassan Heather Heinz Helen Henry Hillary Howard Hugh Hussein Ian Ibrahim Igor Isabel
Ivan Jack Jacob Jacques James Jamie Jan Jane Janet Jason Javier Jean Jeff Jeffrey Jennifer Jeremy Jerry Jessica Jim
Jimmy Joan Joanna Joe Joel Johan John Johnny Jon Jonathan Jorge Jose José Joseph Josh Joshua Juan Judith Julia Julian
Julie Justin Kamala Karen Karl Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin Khalid Kim Klaus Kofi Kurt Larry
Laura Lauren Lee Leonid Leslie Linda Lisa Liz Louis Louise Luca Lucy Luis Luke Lynn Mahmoud Malcolm Manuel Marco Margaret
Maria Marie Marina Mario Mark Martin Mary Matt Matthew Maurice Max Maxim Megan Melissa Michael Michel Michelle Miguel
Mike Mikhail Mohamed Mohammad Mohammed Muhammad Nancy Narendra Natalia Natalie Nathan Neil Nicholas Nick Nicola Nicolas
Nicole Nigel Nikolai Nina Noah Oleg Oliver Olga Omar Owen Pamela Patricia Patrick Paul Paula Pavel Pedro Peter Philip
Phillip Pierre Rachel Rafael Rahul Ralph Ramon Randy Raymond Rebecca Recep Richard Rick Rishi Rob Robert Robin Roger
Ron Ronald Rosa Ross Roy Ruth Ryan Saddam Salman Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei
Sergey Shaun Sharon Sheila Simon Sofia Sophie Stefan Stephanie Stephen Steve Steven Stuart Susan Suzanne Tariq Ted
Teresa Terry Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy Valentina Valerie Vanessa Victor Victoria Viktor Vincent
Vivian Vladimir Volodymyr Walter Wayne Wei Wendy William Willie Wolfgang Xavier Yasser Yuri Yusuf Zoe Keir Olaf
Emmanuelle Ursula Jens Antonio Mette Giorgia Benjamin Yair Jair Luiz Inacio Cyril Uhuru Abiy Jacinda Scott Shinzo
Fumio Yoshihide Yoon Jae Ashraf Hamad Tamim Mohammed Bashar Hosni Anwar Imran Nawaz Benazir Shehbaz Manmohan
Sonia Indira Jawaharlal Atal Arvind Mamata Jacob Nelson Thabo Olusegun Goodluck Muhammadu Bola Paul Ellen Jakaya Yoweri
Robert Emmerson Hage Uhuru William Raila Vicente Andres Claudia Felipe Enrique Dilma Cristina Mauricio Alberto
Evo Hugo Nicolas Gustavo Jair Javier Sebastian Michelle Gabriel Jose Fidel Raul Miguel Nayib Daniel
`;

const set = new Set(NAMES.split(/\s+/).filter(Boolean));

/** True when `word` is a common given name ("Matthew", "Vladimir", "Fatima"). */
export function isFirstName(word: string): boolean {
  return set.has(word) || (word.length > 1 && word === word.toUpperCase() && set.has(word[0] + word.slice(1).toLowerCase()));
}
