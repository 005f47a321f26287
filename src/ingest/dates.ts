// Publication dates as sources write them (ISO 8601, RFC 822, "March 26, 2024") to an ISO day `YYYY-MM-DD`.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar day a date string names, as written (no time-zone shift: "2024-03-26T23:30-05:00"
 * is the 26th, the day the publisher printed). Undefined when there is no recognisable, valid day.
 */
export function toIsoDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  // RFC 822 / 2822 ("Tue, 26 Mar 2024 10:00:00 GMT") and "26 March 2024".
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) return valid(+m[3]!, month(m[2]!), +m[1]!);
  // "March 26, 2024", "Mar. 26 2024".
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) return valid(+m[3]!, month(m[1]!), +m[2]!);
  return undefined;
}

function month(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? 0 : i + 1;
}

function valid(y: number, mo: number, d: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || y < 1000) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
