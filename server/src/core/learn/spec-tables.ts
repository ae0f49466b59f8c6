import type { Knowledge } from './knowledge';
import { isoDate } from '../parse/dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads the facts a conventions document states in Markdown tables: the action-line table
 * (| code | English title | facilitators |) and the resolution table (| resolution | date | subject |).
 */
export function extractFromTables(text: string, name: string): Knowledge {
  const k: Knowledge = { documents: [name], abbreviations: [], resolutions: [], actionLineTitles: [], skeletons: [], paragraphs: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length < 3) return;
    const code = /^C([1-9]|1[01])$/.exec(cells[0]);
    if (code) {
      k.actionLineTitles.push({ code: cells[0], letter: String.fromCharCode(96 + Number(code[1])), title: cells[1], lang: 'en', from: { document: name, line: i } });
      return;
    }
    const res = /^(GA|ECOSOC) (\d{1,4}\/\d{1,4})$/.exec(cells[0]);
    const date = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(cells[1]);
    if (res && date) {
      const iso = isoDate(Number(date[3]), MONTHS.indexOf(date[2]) + 1, Number(date[1]));
      k.resolutions.push({ organ: res[1], number: res[2], ...(iso ? { date: iso } : {}), title: cells[2], lang: 'en', from: { document: name, line: i } });
    }
  });
  return k;
}
