// The roles' office rows: roles() without the `be` rows of bare titles ("coach Ana Reis" -> Ana Reis | be | coach,
// tested in roles-bare-titles.test.ts), for the tests of offices, ties and their organisations.
import { roles } from '../../src/extract/roles.js';

export const offices = (a: Parameters<typeof roles>[0]): ReturnType<typeof roles> => roles(a).filter((c) => c.predicate !== 'be');
