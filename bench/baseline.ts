// The "bare single pass" baseline: what a checker must at least do, once per line. Split the
// text into lines, test one regex (a numbered paragraph) and scan every character once (count
// footnote superscripts and slashes). unreport's full check is compared with this.

const NUMBERED = /^\s*(\d{1,6})\.\s/;

export function bareSinglePass(text: string): number {
  const lines = text.split('\n');
  let numbered = 0;
  let marks = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    if (NUMBERED.test(line)) numbered++;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 0x2f || c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079)) marks++;
    }
  }
  return numbered * 1000003 + marks;
}
