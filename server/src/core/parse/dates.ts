const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const ENGLISH_DATE = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})\b/;
export const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (isFourDigitYear(year) && Number.isInteger(month) && Number.isInteger(day)) {
    const value = dateValue(year, month, day);
    return value === 0 ? undefined : isoOfDateValue(value);
  }
  // Other years as Date reads them (0-99 stand for 1900-1999, so they never round-trip).
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return isoOf(year, month, day);
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day as yyyymmdd (isoDate's day as one integer), 0 when there is no such day; for years of four digits as written. */
export function dateValue(year: number, month: number, day: number): number {
  if (!isFourDigitYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 0;
  return year * 10000 + month * 100 + day;
}

function isFourDigitYear(year: number): boolean {
  return Number.isInteger(year) && year >= 100 && year <= 9999;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** 1 to 12 for the English month's name (capitalised, as ENGLISH_DATE finds it) at text[at..], by its first three letters; 0 for none. */
export function monthNumber(text: string, at: number): number {
  for (let m = 0; m < 12; m++) {
    const name = MONTHS[m];
    if ((text.charCodeAt(at) | 0x20) === name.charCodeAt(0) && text.charCodeAt(at + 1) === name.charCodeAt(1) && text.charCodeAt(at + 2) === name.charCodeAt(2)) return m + 1;
  }
  return 0;
}

export function isoFromEnglish(m: RegExpExecArray | RegExpMatchArray): string | undefined {
  return isoDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
}

export function isoFromChinese(m: RegExpExecArray | RegExpMatchArray): string | undefined {
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1][0].toUpperCase()}${MONTHS[m - 1].slice(1)} ${y}`;
}

/** The General Assembly session open on a date: the nth session opens in September of 1945 + n. */
export function gaSessionOpenAt(iso: string): number {
  const [y, m] = iso.split('-').map(Number);
  return m >= 9 ? y - 1945 : y - 1946;
}

/** "2015-12-16" -> 20151216: a date as one integer, which keeps the dates' order. */
export function dateValueOfIso(iso: string): number {
  let value = 0;
  // The digits of "yyyy-mm-dd", read without slicing the string.
  for (let i = 0; i < iso.length; i++) {
    const c = iso.charCodeAt(i);
    if (c !== 0x2d /* - */) value = value * 10 + (c - 0x30);
  }
  return value;
}

/** 20151216 -> "2015-12-16". */
export function isoOfDateValue(value: number): string {
  return isoOf(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
}

export function yearOfDateValue(value: number): number {
  return Math.floor(value / 10000);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
