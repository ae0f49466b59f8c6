// Checks snippets/unreport.code-snippets, syntaxes/unreport.tmLanguage.json and
// language-configuration.json. Compiled by `tsc -p .` into out/test/unit/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ACTION_LINE_TITLES_EN } from '../support/action-line-titles';

const ROOT = path.resolve(__dirname, '../../..');
const SNIPPETS = path.join(ROOT, 'snippets', 'unreport.code-snippets');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'unreport.tmLanguage.json');
const LANGUAGE_CONFIGURATION = path.join(ROOT, 'language-configuration.json');

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// ---------------------------------------------------------------------------
// Snippet expansion (TextMate snippet syntax as VS Code reads it)
// ---------------------------------------------------------------------------

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[] | null; choices: string[] | null }
  | { kind: 'variable'; name: string; children: SnippetNode[] | null };

/** Parses a snippet body into text, tab stops ($1, ${1}, ${1:default}, ${1|a,b|}) and variables. */
export function parseSnippet(source: string): SnippetNode[] {
  let pos = 0;

  function parseChoices(): string[] {
    // After "${N|": options separated by ",", closed by "|}"; "\," "\|" "\\" escape.
    const choices: string[] = [];
    let current = '';
    while (pos < source.length) {
      const c = source[pos];
      if (c === '\\' && pos + 1 < source.length && ',|\\$}'.includes(source[pos + 1])) {
        current += source[pos + 1];
        pos += 2;
      } else if (c === ',') {
        choices.push(current);
        current = '';
        pos++;
      } else if (c === '|' && source[pos + 1] === '}') {
        choices.push(current);
        pos += 2;
        return choices;
      } else {
        current += c;
        pos++;
      }
    }
    throw new Error(`unterminated choice in snippet: ${source}`);
  }

  function parseSequence(insidePlaceholder: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < source.length) {
      const c = source[pos];
      if (c === '\\' && pos + 1 < source.length && '$}\\'.includes(source[pos + 1])) {
        text += source[pos + 1];
        pos += 2;
        continue;
      }
      if (insidePlaceholder && c === '}') {
        pos++;
        flush();
        return nodes;
      }
      if (c === '$') {
        const rest = source.slice(pos);
        let m: RegExpExecArray | null;
        if ((m = /^\$(\d+)/.exec(rest))) {
          flush();
          nodes.push({ kind: 'tabstop', index: Number(m[1]), children: null, choices: null });
          pos += m[0].length;
          continue;
        }
        if ((m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest))) {
          flush();
          nodes.push({ kind: 'variable', name: m[1], children: null });
          pos += m[0].length;
          continue;
        }
        if ((m = /^\$\{(\d+)([:|}/])/.exec(rest))) {
          flush();
          const index = Number(m[1]);
          pos += m[0].length;
          if (m[2] === '}') nodes.push({ kind: 'tabstop', index, children: null, choices: null });
          else if (m[2] === ':') nodes.push({ kind: 'tabstop', index, children: parseSequence(true), choices: null });
          else if (m[2] === '|') nodes.push({ kind: 'tabstop', index, children: null, choices: parseChoices() });
          else throw new Error(`transforms are not supported by this test: ${source}`);
          continue;
        }
        if ((m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)([:}])/.exec(rest))) {
          flush();
          pos += m[0].length;
          nodes.push({ kind: 'variable', name: m[1], children: m[2] === ':' ? parseSequence(true) : null });
          continue;
        }
      }
      text += c;
      pos++;
    }
    if (insidePlaceholder) throw new Error(`unterminated placeholder in snippet: ${source}`);
    flush();
    return nodes;
  }

  return parseSequence(false);
}

/** Expands a snippet body the way VS Code inserts it when every placeholder keeps its default. */
export function expandSnippet(body: string | string[]): string {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const nodes = parseSnippet(source);
  const defaults = new Map<number, string>();
  const render = (list: SnippetNode[]): string =>
    list
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'variable') return n.children ? render(n.children) : '';
        if (n.choices) return n.choices[0];
        if (n.children) return render(n.children);
        return defaults.get(n.index) ?? '';
      })
      .join('');
  const collect = (list: SnippetNode[]): void => {
    for (const n of list) {
      if (n.kind === 'tabstop') {
        if (n.choices && !defaults.has(n.index)) defaults.set(n.index, n.choices[0]);
        if (n.children) {
          collect(n.children);
          if (!defaults.has(n.index)) defaults.set(n.index, render(n.children));
        }
      } else if (n.kind === 'variable' && n.children) {
        collect(n.children);
      }
    }
  };
  collect(nodes);
  return render(nodes);
}

// ---------------------------------------------------------------------------
// Line classification of an expanded skeleton
// ---------------------------------------------------------------------------

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FINAL_PUNCTUATION = '.。;；:：,，!?！？、';
const HEADING_MAX = 75;

// A hard-wrapped paragraph's first line stops on a function word; a heading does not.
const WRAPPED = /(?<![A-Za-z])(?:a|an|and|are|as|at|by|for|from|in|into|is|its|of|on|or|that|the|their|to|was|were|which|with)\s*$/;

/**
 * "1. Short title" is a subsection heading (as the grammar sees it): at most 75 characters,
 * no final punctuation, not ending on a function word. Any other numbered line is a paragraph.
 */
function isShortTitle(title: string): boolean {
  const t = title.trim();
  const last = t[t.length - 1];
  return (
    t.length > 0 &&
    t.length <= HEADING_MAX &&
    !/[。；;]/.test(t) &&
    !FINAL_PUNCTUATION.includes(last) &&
    !SUPERSCRIPTS.includes(last) &&
    !WRAPPED.test(t)
  );
}

function endsWithFinalPunctuation(s: string): boolean {
  const t = s.trim();
  return FINAL_PUNCTUATION.includes(t[t.length - 1]);
}

interface Outline {
  paragraphs: number[];
  chapters: string[];
  /** Section letters, per chapter. */
  sections: string[][];
  actionLines: { letter: string; title: string; code: string }[];
  topics: string[];
  headings: string[];
  footnoteMarkers: string[];
  footnoteTexts: string[];
}

const CHAPTER_EN = /^([IVX]+)\.\s+(.+)$/;
const CHAPTER_ZH = /^([一二三四五六七八九十]+)[.．、]\s*(.+)$/;
const SECTION = /^([A-Z])\.\s+(.+)$/;
const ACTION_LINE = /^\(([a-z])\)\s*(.+?)\s*[(（](C\d+)[)）]$/;
const LETTERED = /^\(([a-z]|[ivx]+)\)\s*(.+)$/;
const NUMBERED = /^(\d+)\.\s+(.+)$/;
const FOOTNOTE_TEXT = new RegExp(`^([${SUPERSCRIPTS}]+)\\s`);
const FOOTNOTE_MARKER = new RegExp(`[${SUPERSCRIPTS}]+`, 'g');
const TOPICS_EN = ['E-government', 'E-business', 'E-learning', 'E-health', 'E-employment', 'E-environment', 'E-agriculture', 'E-science'];
const TOPICS_ZH = ['电子政务', '电子商务', '电子学习', '电子卫生', '电子就业', '电子环境', '电子农业', '电子科学'];

type LineKind = 'chapter' | 'section' | 'subsection' | 'action-line' | 'subsubsection' | 'topic' | 'paragraph' | 'footnote-text' | 'other';

function classify(line: string): LineKind {
  if (FOOTNOTE_TEXT.test(line)) return 'footnote-text';
  if (CHAPTER_EN.test(line) || CHAPTER_ZH.test(line)) return 'chapter';
  if (SECTION.test(line)) return 'section';
  if (ACTION_LINE.test(line)) return 'action-line';
  const lettered = LETTERED.exec(line);
  if (lettered && isShortTitle(lettered[2])) return 'subsubsection';
  const numbered = NUMBERED.exec(line);
  if (numbered) return isShortTitle(numbered[2]) ? 'subsection' : 'paragraph';
  if (TOPICS_EN.includes(line.trim()) || TOPICS_ZH.includes(line.trim())) return 'topic';
  return 'other';
}

function outline(text: string): Outline {
  const o: Outline = { paragraphs: [], chapters: [], sections: [], actionLines: [], topics: [], headings: [], footnoteMarkers: [], footnoteTexts: [] };
  for (const line of text.split('\n')) {
    const kind = classify(line);
    if (kind === 'footnote-text') {
      o.footnoteTexts.push(FOOTNOTE_TEXT.exec(line)![1]);
      continue;
    }
    for (const m of line.match(FOOTNOTE_MARKER) ?? []) o.footnoteMarkers.push(m);
    if (kind === 'paragraph') o.paragraphs.push(Number(NUMBERED.exec(line)![1]));
    if (kind === 'chapter') {
      o.chapters.push((CHAPTER_EN.exec(line) ?? CHAPTER_ZH.exec(line))![1]);
      o.sections.push([]);
    }
    if (kind === 'section') {
      assert.ok(o.sections.length > 0, `section before any chapter: ${line}`);
      o.sections[o.sections.length - 1].push(SECTION.exec(line)![1]);
    }
    if (kind === 'action-line') {
      const m = ACTION_LINE.exec(line)!;
      o.actionLines.push({ letter: m[1], title: m[2], code: m[3] });
    }
    if (kind === 'topic') o.topics.push(line.trim());
    if (['chapter', 'section', 'subsection', 'action-line', 'subsubsection', 'topic'].includes(kind)) o.headings.push(line);
  }
  return o;
}

// A word each Chinese title must contain, so that a title cannot name another action line.
const ACTION_LINE_KEYWORDS_ZH = ['治理', '基础设施', '获取信息', '能力建设', '信心', '有利环境', '应用', '文化多样性', '媒体', '道德', '合作'];
const LETTERS = 'abcdefghijk'.split('');
const CODES = LETTERS.map((_, i) => `C${i + 1}`);

const SKELETONS: { name: string; lang: 'en' | 'zh'; chapters: string[]; titles: string[] }[] = [
  {
    name: 'unreport-report-en',
    lang: 'en',
    chapters: ['I', 'II', 'III', 'IV'],
    titles: ['Introduction', 'I. Key trends', 'II. Regional implementation and follow-up', 'III. Implementation and follow-up at the international level', 'IV. Findings and suggestions'],
  },
  {
    name: 'unreport-report-zh',
    lang: 'zh',
    chapters: ['一', '二', '三', '四'],
    titles: ['导言', '一. 主要趋势', '二. 区域一级的落实和后续工作', '三. 国际一级的落实和后续工作', '四. 结果和建议'],
  },
];

// ---------------------------------------------------------------------------
// Optional: the real tokenizer (vscode-textmate + vscode-oniguruma ship with
// vscode-tmgrammar-test). Tests that need it are skipped when it is missing.
// ---------------------------------------------------------------------------

interface Tokenizer {
  tokenize(lines: string[]): { text: string; scopes: string[] }[][];
}

let tokenizerPromise: Promise<Tokenizer | null> | undefined;

function loadOniguruma(): any | null {
  try {
    return require('vscode-oniguruma');
  } catch {
    return null;
  }
}

async function initOniguruma(onig: any): Promise<void> {
  const wasmPath = path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm');
  const wasm = fs.readFileSync(wasmPath);
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
}

function getTokenizer(): Promise<Tokenizer | null> {
  if (!tokenizerPromise) {
    tokenizerPromise = (async () => {
      let tm: any;
      const onig = loadOniguruma();
      try {
        tm = require('vscode-textmate');
      } catch {
        return null;
      }
      if (!onig) return null;
      await initOniguruma(onig);
      const registry = new tm.Registry({
        onigLib: Promise.resolve({
          createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
          createOnigString: (s: string) => new onig.OnigString(s),
        }),
        loadGrammar: async () => tm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR),
      });
      const grammar = await registry.loadGrammar('text.unreport');
      return {
        tokenize(lines: string[]) {
          let stack = tm.INITIAL;
          return lines.map((line) => {
            const r = grammar.tokenizeLine(line, stack);
            stack = r.ruleStack;
            return r.tokens.map((t: any) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes as string[] }));
          });
        },
      };
    })();
  }
  return tokenizerPromise;
}

// ---------------------------------------------------------------------------

describe('snippets/unreport.code-snippets', () => {
  const snippets: Record<string, { prefix: unknown; body: unknown; description: unknown }> = readJson(SNIPPETS);

  it('is a JSON object of snippets with prefix, body and description', () => {
    const names = Object.keys(snippets);
    assert.ok(names.length >= 10, `only ${names.length} snippets`);
    for (const [name, s] of Object.entries(snippets)) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && /^unreport-[a-z0-9-]+$/.test(p)), `${name}: prefix`);
      assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.every((l) => typeof l === 'string')), `${name}: body`);
      assert.ok(typeof s.description === 'string' && s.description.length > 10, `${name}: description`);
    }
  });

  it('has the snippets the extension documents', () => {
    const prefixes = new Set(Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix])));
    for (const p of [
      'unreport-report-en', 'unreport-report-zh', 'unreport-action-line-en', 'unreport-action-line-zh', 'unreport-footnote',
      'unreport-resolution-en', 'unreport-resolution-zh', 'unreport-xref-en', 'unreport-xref-zh',
      'unreport-preambular-en', 'unreport-preambular-zh', 'unreport-operative-en', 'unreport-operative-zh',
    ]) {
      assert.ok(prefixes.has(p), `missing snippet ${p}`);
    }
  });

  it('expands every body without leftover snippet syntax', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const text = expandSnippet(s.body as string | string[]);
      assert.ok(text.trim().length > 0, name);
      assert.ok(!/\$\{|\$\d/.test(text), `${name}: unexpanded placeholder in\n${text}`);
    }
  });

  for (const sk of SKELETONS) {
    describe(`${sk.name} skeleton`, () => {
      const snippet = Object.values(snippets).find((s) => s.prefix === sk.name || (Array.isArray(s.prefix) && s.prefix.includes(sk.name)));
      const text = snippet ? expandSnippet(snippet.body as string | string[]) : '';
      const o = outline(text);

      it('exists', () => assert.ok(snippet, `no snippet with prefix ${sk.name}`));

      it('numbers its paragraphs consecutively from 1', () => {
        assert.ok(o.paragraphs.length >= 10, `only ${o.paragraphs.length} paragraphs`);
        assert.deepStrictEqual(o.paragraphs, o.paragraphs.map((_, i) => i + 1));
      });

      it('has chapters in order and the expected chapter titles', () => {
        assert.deepStrictEqual(o.chapters, sk.chapters);
        const lines = text.split('\n').map((l) => l.trim());
        for (const t of sk.titles) assert.ok(lines.includes(t), `missing heading "${t}"`);
      });

      it('letters sections from A in each chapter, never a lone A', () => {
        for (const letters of o.sections) {
          assert.deepStrictEqual(letters, letters.map((_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i]));
          assert.notStrictEqual(letters.length, 1, 'a chapter with a single section');
        }
      });

      it('lists the action lines (a)..(k) with codes C1..C11 in order', () => {
        assert.deepStrictEqual(o.actionLines.map((a) => a.letter), LETTERS);
        assert.deepStrictEqual(o.actionLines.map((a) => a.code), CODES);
        if (sk.lang === 'en') {
          assert.deepStrictEqual(o.actionLines.map((a) => a.title), ACTION_LINE_TITLES_EN);
        } else {
          o.actionLines.forEach((a, i) => assert.ok(a.title.includes(ACTION_LINE_KEYWORDS_ZH[i]), `${a.code}: "${a.title}"`));
        }
      });

      it('puts the C7 applications under (g), in order', () => {
        assert.deepStrictEqual(o.topics, sk.lang === 'en' ? TOPICS_EN : TOPICS_ZH);
        const lines = text.split('\n').map((l) => l.trim());
        const g = lines.findIndex((l) => l.startsWith('(g)'));
        const h = lines.findIndex((l) => l.startsWith('(h)'));
        for (const t of o.topics) {
          const at = lines.indexOf(t);
          assert.ok(at > g && at < h, `${t} is not under (g)`);
        }
      });

      it('gives headings no final punctuation', () => {
        assert.ok(o.headings.length > 20);
        for (const h of o.headings) assert.ok(!endsWithFinalPunctuation(h), `heading ends with punctuation: ${h}`);
      });

      it('numbers footnotes in order and gives each a text', () => {
        assert.ok(o.footnoteMarkers.length > 0, 'no footnote');
        assert.deepStrictEqual(o.footnoteTexts, o.footnoteMarkers);
      });

      it('is coloured by the grammar as it is structured', async function () {
        const tokenizer = await getTokenizer();
        if (!tokenizer) return this.skip();
        const lines = text.split('\n');
        const tokens = tokenizer.tokenize(lines);
        const expected: Record<LineKind, string | null> = {
          chapter: 'markup.heading.chapter.unreport',
          section: 'markup.heading.section.unreport',
          subsection: 'markup.heading.subsection.unreport',
          'action-line': 'markup.heading.action-line.unreport',
          subsubsection: 'markup.heading.subsubsection.unreport',
          topic: 'markup.heading.topic.unreport',
          paragraph: 'constant.numeric.paragraph-number.unreport',
          'footnote-text': 'meta.footnote.text.unreport',
          other: null,
        };
        lines.forEach((line, i) => {
          const scope = expected[classify(line)];
          if (!scope) return;
          assert.ok(tokens[i][0].scopes.includes(scope), `line ${i + 1} "${line}": ${tokens[i][0].scopes.join(' ')}, expected ${scope}`);
        });
        const codes = tokens.flat().filter((t) => t.scopes.includes('constant.language.action-line.unreport')).map((t) => t.text);
        assert.deepStrictEqual(codes, CODES);
      });
    });
  }

  describe('small snippets', () => {
    const expand = (prefix: string) => {
      const s = Object.values(snippets).find((x) => x.prefix === prefix);
      assert.ok(s, prefix);
      return expandSnippet(s!.body as string | string[]);
    };

    it('action-line sections are a heading with its code and a numbered paragraph', () => {
      for (const [prefix, lang] of [['unreport-action-line-en', 'en'], ['unreport-action-line-zh', 'zh']] as const) {
        const lines = expand(prefix).split('\n');
        const m = ACTION_LINE.exec(lines[0]);
        assert.ok(m, `${prefix}: ${lines[0]}`);
        assert.strictEqual(m![1], 'a');
        assert.strictEqual(m![3], 'C1');
        if (lang === 'en') assert.strictEqual(m![2], ACTION_LINE_TITLES_EN[0]);
        assert.strictEqual(classify(lines[2]), 'paragraph', `${prefix}: ${lines[2]}`);
      }
      // Every choice offered pairs the letter with the matching code.
      for (const prefix of ['unreport-action-line-en', 'unreport-action-line-zh']) {
        const s = Object.values(snippets).find((x) => x.prefix === prefix)!;
        const nodes = parseSnippet((s.body as string[]).join('\n'));
        const choice = nodes.find((n) => n.kind === 'tabstop' && n.choices) as { choices: string[] };
        assert.strictEqual(choice.choices.length, 11);
        choice.choices.forEach((c, i) => {
          const m = ACTION_LINE.exec(c);
          assert.ok(m, c);
          assert.strictEqual(m![1], LETTERS[i]);
          assert.strictEqual(m![3], CODES[i]);
          if (prefix.endsWith('-en')) assert.strictEqual(m![2], ACTION_LINE_TITLES_EN[i]);
          else assert.ok(m![2].includes(ACTION_LINE_KEYWORDS_ZH[i]), c);
        });
      }
    });

    it('footnotes pair a marker with a text line carrying the same marker', () => {
      const sup = expand('unreport-footnote').split('\n');
      assert.match(sup[0], new RegExp(`^[${SUPERSCRIPTS}]+$`));
      assert.ok(sup[sup.length - 1].startsWith(sup[0] + ' '));
      const md = expand('unreport-footnote-md').split('\n');
      assert.match(md[0], /^\[\^\d+\]$/);
      assert.ok(md[md.length - 1].startsWith(md[0] + ': '));
    });

    it('resolution citations follow the English and Chinese patterns', () => {
      assert.strictEqual(expand('unreport-resolution-en'), 'General Assembly resolution 70/125 of 16 December 2015');
      assert.match(expand('unreport-resolution-zh'), /^大会 2015 年 12 月 16 日第 70\/125 号决议$/);
    });

    it('cross-references cite paragraph numbers with above/below', () => {
      assert.match(expand('unreport-xref-en'), /^\(see para\. \d+ (below|above)\)$/);
      assert.match(expand('unreport-xref-zh'), /^\(见(下文|上文)第 \d+ 段\)$/);
    });

    it('preambular paragraphs are unnumbered and end with a comma', () => {
      const en = expand('unreport-preambular-en');
      assert.match(en, /^[A-Z][a-z]+ .*,$/);
      assert.doesNotMatch(en, /^\d/);
      const zh = expand('unreport-preambular-zh');
      assert.match(zh, /^[^\d].*，$/);
    });

    it('operative paragraphs are numbered and end with a semicolon', () => {
      assert.match(expand('unreport-operative-en'), /^1\. [A-Z][a-z]+ .*;$/);
      assert.match(expand('unreport-operative-zh'), /^1\. \S.*；$/);
    });

    it('are coloured by the grammar', async function () {
      const tokenizer = await getTokenizer();
      if (!tokenizer) return this.skip();
      // Footnote snippets are inserted at the end of a paragraph line.
      const scopesOf = (prefix: string, before = '') =>
        tokenizer.tokenize((before + expand(prefix)).split('\n')).flat().flatMap((t) => t.scopes);
      for (const p of ['unreport-resolution-en', 'unreport-resolution-zh']) {
        assert.ok(scopesOf(p).includes('constant.other.resolution.unreport'), p);
      }
      for (const p of ['unreport-xref-en', 'unreport-xref-zh']) {
        assert.ok(scopesOf(p).includes('markup.underline.link.cross-reference.unreport'), p);
      }
      for (const p of ['unreport-footnote', 'unreport-footnote-md']) {
        const scopes = scopesOf(p, '12. Text of the paragraph.');
        assert.ok(scopes.includes('markup.footnote.marker.unreport'), p);
        assert.ok(scopes.includes('entity.name.footnote.unreport'), p);
      }
      assert.ok(scopesOf('unreport-operative-zh').includes('constant.numeric.paragraph-number.unreport'));
    });
  });
});

describe('snippet expansion helper', () => {
  it('expands defaults, choices, mirrors and escapes', () => {
    assert.strictEqual(expandSnippet('${1:a ${2:b}} $2 ${3|x,y\\,z|} \\$1 \\} $1$0'), 'a b b x $1 } a b');
    assert.strictEqual(expandSnippet(['${1:¹}', '${1} ${2:t}']), '¹\n¹ t');
  });
});

describe('syntaxes/unreport.tmLanguage.json', () => {
  const grammar = readJson(GRAMMAR);

  it('declares the text.unreport scope', () => {
    assert.strictEqual(grammar.scopeName, 'text.unreport');
    assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
    assert.ok(grammar.repository && typeof grammar.repository === 'object');
  });

  it('includes only repository keys that exist, and uses every key', () => {
    const keys = new Set(Object.keys(grammar.repository));
    const used = new Set<string>();
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (k === 'include') {
          assert.strictEqual(typeof v, 'string', where);
          const ref = v as string;
          if (ref === '$self' || ref === '$base') continue;
          assert.ok(ref.startsWith('#'), `${where}: include "${ref}" is not a repository reference`);
          assert.ok(keys.has(ref.slice(1)), `${where}: include "${ref}" has no repository entry`);
          used.add(ref.slice(1));
        } else {
          walk(v, `${where}.${k}`);
        }
      }
    };
    walk(grammar, '$');
    for (const k of keys) assert.ok(used.has(k), `repository.${k} is never included`);
  });

  it('names every scope with the .unreport suffix', () => {
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'name' || k === 'contentName') && typeof v === 'string') names.push(...v.split(/\s+/));
        else walk(v);
      }
    };
    walk(grammar.repository);
    walk(grammar.patterns);
    assert.ok(names.length > 20);
    for (const n of names) assert.match(n, /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.unreport$/, n);
  });

  it('compiles every regular expression with Oniguruma', async function () {
    const onig = loadOniguruma();
    if (!onig) return this.skip();
    await initOniguruma(onig);
    let count = 0;
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') {
          assert.doesNotThrow(() => new onig.OnigScanner([v]).dispose(), `${where}.${k}: ${v}`);
          count++;
        } else {
          walk(v, `${where}.${k}`);
        }
      }
    };
    walk(grammar, '$');
    assert.ok(count > 20);
  });

  it('tokenizes long adversarial lines quickly', async function () {
    const tokenizer = await getTokenizer();
    if (!tokenizer) return this.skip();
    const lines = [
      '1. ' + '1/'.repeat(2000),
      '第 ' + '1234567890'.repeat(200) + ' 段',
      'resolution ' + '1, '.repeat(1500) + 'x',
      'A' + '/A'.repeat(2000) + '1',
      '(a) ' + '('.repeat(3000) + 'C1',
      'paras. ' + '1 to '.repeat(1000),
      '第 ' + '70/1、'.repeat(800) + '号',
    ];
    const start = Date.now();
    tokenizer.tokenize(lines);
    assert.ok(Date.now() - start < 5000, `took ${Date.now() - start} ms`);
  });
});

describe('language-configuration.json', () => {
  const config = readJson(LANGUAGE_CONFIGURATION);

  it('pairs the brackets and quotation marks of both languages', () => {
    const brackets = (config.brackets as string[][]).map((p) => p.join(''));
    for (const p of ['()', '[]', '《》', '“”', '「」']) assert.ok(brackets.includes(p), `brackets: ${p}`);
    const closing = (config.autoClosingPairs as { open: string; close: string }[]).map((p) => p.open + p.close);
    for (const p of ['()', '[]', '《》', '“”', '「」']) assert.ok(closing.includes(p), `autoClosingPairs: ${p}`);
  });

  it('keeps document symbols and resolution numbers together as words', () => {
    const source = typeof config.wordPattern === 'string' ? config.wordPattern : config.wordPattern.pattern;
    const words = (s: string) => s.match(new RegExp(source, 'g')) ?? [];
    for (const symbol of ['A/RES/70/125', 'A/C.2/79/L.33', 'E/CN.16/2018/CRP.3', 'A/75/62–E/2020/11', 'A/HRC/RES/41/11', 'A/67/65/Corr.1']) {
      assert.deepStrictEqual(words(`see ${symbol}, para. 3.`), ['see', symbol, 'para', '3'], symbol);
    }
    assert.deepStrictEqual(words('resolution 70/125; e-government (C11)'), ['resolution', '70/125', 'e-government', 'C11']);
    assert.deepStrictEqual(words('第 70/125 号决议'), ['第', '70/125', '号决议']);
  });
});
