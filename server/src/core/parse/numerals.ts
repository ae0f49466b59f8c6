const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function superscriptValue(s: string, start = 0, end = s.length): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + superscriptDigit(s.charCodeAt(i));
  return n;
}

/** The value of a superscript digit; -1 for anything else (as indexOf gave). */
function superscriptDigit(code: number): number {
  switch (code) {
    case 0x2070: return 0;
    case 0xb9: return 1;
    case 0xb2: return 2;
    case 0xb3: return 3;
    default: return code >= 0x2074 && code <= 0x2079 ? code - 0x2070 : -1;
  }
}

export function toSuperscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

/** An ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The end of the run of ASCII digits that starts at `from`, read no further than `limit`. */
export function digitsEnd(text: string, from: number, limit = text.length): number {
  let i = from;
  while (i < limit && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The value of the ASCII digits text[start..end). */
export function digitsValue(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}

export function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Returns 0 for strings that are not well-formed roman numerals. */
export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    if (!v) return 0;
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : 0;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 一 to 十: the numerals a Chinese chapter label ("一、", "十、") starts with. */
export function isChineseNumeral(c: number): boolean {
  switch (c) {
    case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94: case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d: case 0x5341:
      return true;
    default:
      return false;
  }
}

/** 一 = 1 ... 十 = 10, 十一 = 11, 二十 = 20, 九十九 = 99; 0 when not a Chinese numeral. */
export function chineseValue(s: string): number {
  if (!s) return 0;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? Math.max(0, CHINESE_DIGITS.indexOf(s)) : 0;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS.indexOf(s.slice(0, ten));
  const unitsText = s.slice(ten + 1);
  const units = unitsText === '' ? 0 : CHINESE_DIGITS.indexOf(unitsText);
  if (tens <= 0 || units < 0 || ten > 1 || unitsText.length > 1) return 0;
  return tens * 10 + units;
}

export function toChinese(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : CHINESE_DIGITS[tens]) + '十' + (units ? CHINESE_DIGITS[units] : '');
}

/** Ordinal of a heading label of any kind: I, 一, A, 1, a. */
export function labelOrdinal(label: string): number {
  if (/^\d+$/.test(label)) return Number(label);
  if (/^[a-z]$/.test(label)) return label.charCodeAt(0) - 96;
  if (/^[A-Z]$/.test(label) && !/^[IVXLC]$/.test(label)) return label.charCodeAt(0) - 64;
  return romanValue(label) || chineseValue(label);
}
