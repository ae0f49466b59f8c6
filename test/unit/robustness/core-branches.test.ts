// Issue #6, coverage: branches of the core that the fixtures and the properties did not reach
// and that matter (a rule that throws, configuration severities, the line splitter past its
// first buffer, edits that overlap, resolution symbols, numerals and dates at their edges).
import * as assert from 'assert';
import fc from 'fast-check';
import { checkModel, checkText, effectiveSeverity, LineCache, mergeConfigs, parseDocument, RULES, severityRank, splitLines, type DocumentModel, type Rule } from '../../../server/src/core';
import { applyEdits } from '../../../server/src/core/fix/edits';
import { buildOutline } from '../../../server/src/core/outline';
import { isoDate } from '../../../server/src/core/parse/dates';
import { DIGIT, DUAN, FULLWIDTH_PAREN, HAO, LATIN_LOWER, MARKER_START, PAREN, SLASH, splitWithFeatures } from '../../../server/src/core/parse/features';
import { classifyLine, classifyPlainLine, isSpace, SPACE_CODES } from '../../../server/src/core/parse/lines';
import { isSuperscriptDigit, labelOrdinal } from '../../../server/src/core/parse/numerals';
import { TEST_TODAY } from '../../support/paths';
import { assertInvariants, draftArb, fcParams, plainModel, runs, SEED } from './support';

describe('robustness: core branches that matter', () => {
  describe('a rule that throws', () => {
    const broken: Rule = {
      code: 'broken-rule',
      defaultSeverity: 'error',
      description: 'throws',
      check() {
        throw new Error('boom');
      },
    };
    const throwsString: Rule = { ...broken, code: 'string-thrower', check: () => { throw 'plain string'; } };

    it('becomes one internal-error warning at 0:0, reported to onRuleError once, and the other rules still run', () => {
      const calls: string[] = [];
      const { findings } = checkText('1. A.\n\n3. B.\n', {
        today: TEST_TODAY,
        rules: [broken, ...RULES, throwsString],
        onRuleError: (rule, error) => calls.push(`${rule.code}: ${error instanceof Error ? error.message : String(error)}`),
      });
      assert.deepStrictEqual(calls, ['broken-rule: boom', 'string-thrower: plain string']);
      const internal = findings.filter((f) => f.code === 'internal-error');
      assert.strictEqual(internal.length, 2);
      assert.deepStrictEqual(internal[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.strictEqual(internal[0].severity, 'warning');
      assert.match(internal.map((f) => f.message).join('\n'), /the check broken-rule failed on this document \(boom\); the other checks ran/);
      assert.match(internal.map((f) => f.message).join('\n'), /string-thrower failed on this document \(plain string\)/);
      assert.ok(findings.some((f) => f.code === 'paragraph-number-gap'), 'the other rules ran');
    });

    it('without onRuleError the check still completes', () => {
      const { findings } = checkText('1. A.\n', { today: TEST_TODAY, rules: [broken] });
      assert.deepStrictEqual(findings.map((f) => f.code), ['internal-error']);
    });
  });

  describe('configuration', () => {
    const text = '1. A.\n\n3. B.\n\nI. Only chapter\n\nA. Only section\n';

    it('"off" and false disable a rule, true keeps its default, a severity overrides it', () => {
      const codes = (rules: Record<string, unknown>) =>
        checkText(text, { today: TEST_TODAY, config: { rules: rules as never } }).findings.map((f) => `${f.code}:${f.severity}`).sort();
      const all = codes({});
      assert.ok(all.includes('paragraph-number-gap:error'));
      assert.ok(!codes({ 'paragraph-number-gap': 'off' }).some((c) => c.startsWith('paragraph-number-gap')));
      assert.ok(!codes({ 'paragraph-number-gap': false }).some((c) => c.startsWith('paragraph-number-gap')));
      assert.deepStrictEqual(codes({ 'paragraph-number-gap': true }), all);
      assert.ok(codes({ 'paragraph-number-gap': 'hint' }).includes('paragraph-number-gap:hint'));
      assert.strictEqual(effectiveSeverity(undefined, 'warning'), 'warning');
      assert.strictEqual(effectiveSeverity('off', 'warning'), undefined);
      assert.strictEqual(effectiveSeverity('information', 'warning'), 'information');
    });

    it('an explicit severity wins over the severity a rule reports for one finding', () => {
      // footnote-number-duplicate reports a repeated citation as a warning of its own.
      const repeated = '1. A¹ and again¹.\n\n¹ Note.\n';
      const own = checkText(repeated, { today: TEST_TODAY }).findings.find((f) => f.code === 'footnote-number-duplicate');
      assert.strictEqual(own?.severity, 'warning');
      const forced = checkText(repeated, { today: TEST_TODAY, config: { rules: { 'footnote-number-duplicate': 'error' } } }).findings.find((f) => f.code === 'footnote-number-duplicate');
      assert.strictEqual(forced?.severity, 'error');
    });

    it('mergeConfigs: later configurations win rule by rule; language and date carry over; undefined is skipped', () => {
      const merged = mergeConfigs({ rules: { a: 'off', b: 'error' }, language: 'zh' }, undefined, { rules: { b: 'hint' }, date: '2026-01-20' });
      assert.deepStrictEqual(merged, { rules: { a: 'off', b: 'hint' }, language: 'zh', date: '2026-01-20' });
      assert.deepStrictEqual(['error', 'warning', 'information', 'hint'].map((s) => severityRank(s as never)), [0, 1, 2, 3]);
    });

    it('an explicit language and date are used (the date decides session checks)', () => {
      const doc = 'See A/81/1 and resolution 81/1.\n\n1. Text.\n';
      const early = checkText(doc, { config: { date: '2020-01-01', language: 'en' } });
      assert.strictEqual(early.date, '2020-01-01');
      assert.strictEqual(early.model.language, 'en');
      assert.ok(early.findings.some((f) => f.code === 'symbol-session-invalid'));
      assert.ok(early.findings.some((f) => f.code === 'resolution-number-invalid'));
      const late = checkText(doc, { config: { date: '2030-01-01' } });
      assert.ok(!late.findings.some((f) => f.code === 'symbol-session-invalid' || f.code === 'resolution-number-invalid'));
      assert.strictEqual(parseDocument('1. 文本。\n', { language: 'other' }).language, 'other');
    });
  });

  describe('the line splitter', () => {
    const naiveMask = (line: string) => {
      let mask = 0;
      for (const ch of line) {
        if (/[0-9]/.test(ch)) mask |= DIGIT;
        if (ch === '/') mask |= SLASH;
        if (ch === '(') mask |= PAREN;
        if (ch === '（') mask |= FULLWIDTH_PAREN;
        if (/[⁰¹²³⁴⁵⁶⁷⁸⁹[<$]/.test(ch)) mask |= MARKER_START;
        if (/[a-z]/.test(ch)) mask |= LATIN_LOWER;
        if (ch === '号') mask |= HAO;
        if (ch === '段') mask |= DUAN;
      }
      return mask;
    };

    it(`splits like splitLines and notes each line's characters, past its first 1024-line buffer (seed ${SEED})`, () => {
      const manyLines = fc.array(draftArb, { minLength: 1, maxLength: 40 }).map((drafts) => drafts.join('\n'));
      fc.assert(
        fc.property(fc.oneof(draftArb, manyLines), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (text, eol, bom) => {
          const t = (bom ? '\ufeff' : '') + text.split(/\r\n|\r|\n/).join(eol);
          const { features, textLines } = splitWithFeatures(t);
          const expected = splitLines(t);
          assert.deepStrictEqual(textLines.all(), expected.lines);
          assert.strictEqual(features.length, expected.lines.length);
          expected.lines.forEach((line, i) => assert.strictEqual(features[i], naiveMask(line), `line ${i}: ${JSON.stringify(line)}`));
          expected.lines.forEach((line, i) => assert.strictEqual(textLines.lineLength(i), line.length, `length of line ${i}`));
        }),
        fcParams(runs(60)),
      );
      assert.strictEqual(splitLines('\ufeffa\r\nb\rc\nd').hadBom, true);
      assert.deepStrictEqual(splitLines('a\r\nb\rc\nd').lines, ['a', 'b', 'c', 'd']);
      // Empty lines between breaks of each kind, and a break at the very end.
      const { textLines } = splitWithFeatures('\ufeff\r\r\n\n\rx\r\n');
      assert.deepStrictEqual(textLines.all(), ['', '', '', '', 'x', '']);
      assert.strictEqual(textLines.line(-1), '');
      assert.strictEqual(textLines.line(6), '');
    });

    it('a footnote text read from its lines: trimmed lines joined by spaces, its last line and range (CRLF too)', () => {
      for (const eol of ['\n', '\r\n']) {
        const doc = parseDocument(['1. Access grew.¹ Prices fell.²', '', '¹  See A/RES/70/125, ', '   annex.  ', '² Ibid.', '', '2. More.'].join(eol));
        const [first, second] = doc.footnoteTexts;
        assert.strictEqual(first.text, 'See A/RES/70/125, annex.');
        assert.deepStrictEqual([first.line, first.lastLine, first.range.end.line, first.range.end.character], [2, 3, 3, 11]);
        assert.deepStrictEqual([second.text, second.isIbid, second.lastLine], ['Ibid.', true, 4]);
        assert.deepStrictEqual([doc.lineCount, doc.line(3), doc.line(7)], [7, '   annex.  ', '']);
      }
    });

    it('a draft of 3,000 paragraphs (5,999 lines): markers, gaps and references far beyond line 1024 are found', () => {
      const paras: string[] = [];
      for (let n = 1; n <= 3000; n++) if (n !== 2500) paras.push(`${n}. Text${n === 2999 ? '¹' : ''} (see para. 10 above).`);
      const text = paras.join('\n\n') + '\n\n¹ Note.\n';
      assertInvariants(text);
      const { findings, model } = checkText(text, { today: TEST_TODAY });
      assert.strictEqual(model.footnoteMarkers.length, 1);
      assert.ok(model.footnoteMarkers[0].line > 1024);
      assert.deepStrictEqual(
        findings.map((f) => `${f.range.start.line + 1} ${f.code}`).filter((f) => !f.endsWith('cross-reference-target')),
        [`${2 * 2499 + 1} paragraph-number-gap`],
      );
    });
  });

  it(`the language: the script of the first 20,000 characters (line breaks and a BOM aside), read only as far as it can still change (seed ${SEED})`, () => {
    // The definition, character by character, to hold the parser's early stop to.
    const expected = (text: string): string => {
      let cjk = 0;
      let latin = 0;
      let other = 0;
      let chars = 0;
      for (const ch of splitLines(text).lines.join('')) {
        if (chars === 20000) break;
        // Astral characters count as two units, as in the text.
        for (let u = 0; u < ch.length && chars < 20000; u++, chars++) {
          const c = ch.charCodeAt(u);
          if (c >= 0x4e00 && c < 0xa000) cjk++;
          else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
          else if ((c >= 0x400 && c < 0x500) || (c >= 0x600 && c < 0x700)) other++;
        }
      }
      if (cjk * 2 > latin && cjk > 0) return 'zh';
      return other > latin ? 'other' : 'en';
    };
    const piece = fc.constantFrom('The Assembly ', '大会大会大会', 'Ассамблея ', 'الجمعية ', '\n', '\r\n', '\r', '1. ', '。', '\ufeff', '𠀀');
    const text = fc.tuple(fc.boolean(), fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 60 })).map(
      ([bom, parts]) => (bom ? '\ufeff' : '') + parts.map(([p, n]) => p.repeat(n)).join(''),
    );
    fc.assert(
      fc.property(text, (t) => {
        assert.strictEqual(parseDocument(t).language, expected(t));
        assert.strictEqual(parseDocument(t, { cache: new LineCache() }).language, expected(t));
      }),
      fcParams(runs(300)),
    );
  });

  it('Chinese chains: a date before the chain goes to its first item, a date inside it to the next item; the organ comes from the words before', () => {
    const text = '1. 根据大会 2015 年 12 月 16 日第 70/125 号、2016 年 12 月 21 日第 71/212 号和第 72/200 号决议，经济及社会理事会第 2019/24 和 2020/12 号决定。\n';
    const found = parseDocument(text).resolutions.map((r) => [r.number, r.organ, r.kind, r.date?.iso ?? null, text.slice(r.range.start.character, r.range.end.character)]);
    assert.deepStrictEqual(found, [
      ['70/125', 'GA', 'resolution', '2015-12-16', '70/125'],
      ['71/212', 'GA', 'resolution', '2016-12-21', '71/212'],
      ['72/200', 'GA', 'resolution', null, '72/200'],
      ['2019/24', 'ECOSOC', 'decision', null, '2019/24'],
      ['2020/12', 'ECOSOC', 'decision', null, '2020/12'],
    ]);
    // The day of a date inside the chain is not an item ("12 月 21 日" holds no "12/21").
    const date = parseDocument(text).resolutions[1].date!;
    assert.strictEqual(text.slice(date.range.start.character, date.range.end.character), '2016 年 12 月 21 日');
  });

  it('Chinese chains: the date before a chain ends at it (blanks and an organ between) and lies within 24 characters', () => {
    const dateOf = (line: string) => {
      const r = parseDocument(line + '\n').resolutions[0];
      return r.date ? [r.date.iso, line.slice(r.date.range.start.character, r.date.range.end.character)] : null;
    };
    assert.deepStrictEqual(dateOf('2015 年 12 月 16 日经济及社会理事会第 70/125 号决议'), ['2015-12-16', '2015 年 12 月 16 日']);
    assert.deepStrictEqual(dateOf('于2006年7月28日 人权理事会 第 2006/46 号决议'), ['2006-07-28', '2006年7月28日']);
    assert.deepStrictEqual(dateOf('2015 年 12 月 16 日　安理会第 2334 (2016) 号决议'), ['2015-12-16', '2015 年 12 月 16 日']);
    // The year is the last four digits of a longer run; the day and month have one or two.
    assert.deepStrictEqual(dateOf('12015 年 1 月 6 日第 70/1 号决议'), ['2015-01-06', '2015 年 1 月 6 日']);
    assert.strictEqual(dateOf('2015 年 1 月 116 日第 70/1 号决议'), null);
    assert.strictEqual(dateOf('2015 年 123 月 1 日第 70/1 号决议'), null);
    assert.strictEqual(dateOf('215 年 1 月 1 日第 70/1 号决议'), null);
    // Anything else between the date and the chain, or a date that starts more than 24 characters before it, is not the chain's.
    assert.strictEqual(dateOf('2015 年 12 月 16 日社会理事会第 70/125 号决议'), null);
    assert.strictEqual(dateOf('2015 年 12 月 16 日，第 70/125 号决议'), null);
    assert.strictEqual(dateOf('2015   年   12   月   16   日第 70/125 号决议'), null);
    assert.deepStrictEqual(dateOf('2015  年  12  月  16  日第 70/125 号决议'), ['2015-12-16', '2015  年  12  月  16  日']);
  });

  it('Chinese chains: every separator, the organs, no day for 2 月 30 日, a number inside a longer run of digits, a list broken before its 号决', () => {
    const text = [
      '安理会第 2016/1 号决议；2016 年 12 月 23 日安全理事会第 2334 (2016) 号和 2015 年 2 月 30 日第 2250 (2015) 号决议；',
      '人权理事会第 31/1...31/2 号和 S-29/1 号决议；理事会第 2019/24…2020/12，2021/3 及 2022/5 以及 2023/1 号决定；',
      '第 12345/6 号决议；第 1/1、2/2、。号决议\n',
    ].join('');
    const found = parseDocument(text).resolutions.map((r) => [r.number, r.organ, r.kind, r.date?.iso ?? null]);
    assert.deepStrictEqual(found, [
      ['2016/1', 'SC', 'resolution', null],
      ['2334 (2016)', 'SC', 'resolution', '2016-12-23'],
      ['2250 (2015)', 'SC', 'resolution', null],
      ['31/1', 'HRC', 'resolution', null],
      ['31/2', 'HRC', 'resolution', null],
      ['S-29/1', 'HRC', 'resolution', null],
      ['2019/24', 'ECOSOC', 'decision', null],
      ['2020/12', 'ECOSOC', 'decision', null],
      ['2021/3', 'ECOSOC', 'decision', null],
      ['2022/5', 'ECOSOC', 'decision', null],
      ['2023/1', 'ECOSOC', 'decision', null],
      // "12345/6" is no number; "2345/6" is, and starts the chain.
      ['2345/6', 'ECOSOC', 'resolution', null],
    ]);
  });

  it('Chinese chains: what a failed start read rules out only reads from the same item starts, on the same line, towards the same 号决', () => {
    const text = [
      // The same columns as the broken list above, on the next line: that line's failures do not carry over.
      '1. 第 1/1、1/1、号决议\n',
      '2. 第 1/1、1/1 号决议\n',
      // The start at the first 1/1 reads "1/1" and "1/11" and fails ("/1" is no separator); the start
      // inside "1/11" reads "11/1" and succeeds: the failed read rules out where its items started, not what they covered.
      '3. 见第 1/1，1/11/1 号决议。\n',
      // The first list fails on every start; the second 号决 has a chain of its own.
      '4. 第 1/1、2/2、号决议和第 3/3、4/4 号决议\n',
    ].join('');
    const found = parseDocument(text).resolutions.map((r) => [r.number, r.range.start.line, r.range.start.character]);
    assert.deepStrictEqual(found, [
      ['1/1', 1, 5],
      ['1/1', 1, 9],
      ['11/1', 2, 12],
      ['3/3', 3, 19],
      ['4/4', 3, 23],
    ]);
  });

  it('SPACE_CODES lists exactly the code units isSpace accepts, which are those /\\s/ matches', () => {
    const listed = new Set(SPACE_CODES);
    for (let c = 0; c < 0x10000; c++) {
      assert.strictEqual(isSpace(c), listed.has(c), `U+${c.toString(16)}`);
      assert.strictEqual(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)} and /\\s/`);
    }
  });

  it('the rules give the same findings on a model that is not the parser\'s', () => {
    // Analyses are kept on the parser's models (parse/document.ts); any other DocumentModel is
    // analysed afresh. (Its rows, like the parser's, are in line order: model.ts.)
    const text = [
      'I. Progress',
      '',
      '1. Access grew.¹ See para. 3 below.',
      '',
      '2. Costs fell.² ³',
      '',
      '¹ See para. 2 above.',
      '² See para. 9 above.',
      '³ Ibid.',
    ].join('\n');
    const parsed = parseDocument(text);
    const plain = plainModel(parsed, {});
    const codes = (model: DocumentModel) => checkModel(model, { today: TEST_TODAY }).findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}`);
    const expected = codes(parsed);
    // "See para. 2 above" in footnote 1 reads from where ¹ is cited, in paragraph 1.
    assert.deepStrictEqual(expected, ['cross-reference-target 2:27', 'cross-reference-target 6:6', 'cross-reference-target 7:12']);
    assert.deepStrictEqual(codes(plain).sort(), [...expected].sort());
  });

  it('deeply indented lines (beyond the shared line infos) are read like others', () => {
    const pad = ' '.repeat(40);
    const doc = parseDocument(`${pad}1. Text.\n${pad}\n${pad}3. More text.\n`);
    assert.deepStrictEqual(doc.paragraphs.map((p) => p.number), [1, 3]);
    assert.deepStrictEqual(doc.paragraphs[1].numberRange, { start: { line: 2, character: 40 }, end: { line: 2, character: 41 } });
  });

  it('applyEdits refuses overlapping edits rather than corrupting the text, and keeps CRLF, CR and the BOM', () => {
    const r = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });
    assert.throws(() => applyEdits('1. A\n', [{ range: r(0, 0, 2), newText: 'x' }, { range: r(0, 1, 3), newText: 'y' }]), /overlapping edits/);
    assert.strictEqual(applyEdits('\ufeff1. A\r\n3. B\r4. C\n', [{ range: r(1, 0, 1), newText: '2' }, { range: r(2, 0, 1), newText: '3' }]), '\ufeff1. A\r\n2. B\r3. C\n');
    assert.strictEqual(applyEdits('same', []), 'same');
  });

  it('resolution symbols A/RES/… and E/RES/… are checked like resolution numbers', () => {
    const codes = (text: string) => checkText(text, { today: TEST_TODAY }).findings.map((f) => f.code);
    assert.deepStrictEqual(codes('See A/RES/99/1.\n'), ['resolution-number-invalid']);
    assert.deepStrictEqual(codes('See A/RES/20/1.\n'), ['resolution-number-invalid']);
    assert.deepStrictEqual(codes('See E/RES/1975/2.\n'), ['resolution-number-invalid']);
    assert.deepStrictEqual(codes('See E/RES/2099/2.\n'), ['resolution-number-invalid']);
    assert.deepStrictEqual(codes('See S/RES/2334 (2016) and A/RES/70/125.\n'), []);
  });

  it('resolution numbers cited again: one finding per citation, each with its own range, the message told by organ and number', () => {
    const text = 'resolution 99/1, resolution 99/1, resolution 20/1, resolution ES-99/1, resolution 99/01\nEconomic and Social Council resolution 2099/1 and resolution 2099/1\n';
    const found = checkText(text, { today: TEST_TODAY }).findings.filter((f) => f.code === 'resolution-number-invalid');
    assert.deepStrictEqual(
      found.map((f) => [f.range.start.line, f.range.start.character, f.message.split(':')[0]]),
      [
        [0, 11, 'resolution 99/1'],
        [0, 28, 'resolution 99/1'],
        [0, 45, 'resolution 20/1'],
        [0, 82, 'resolution 99/01'],
        [1, 39, 'resolution 2099/1'],
        [1, 61, 'resolution 2099/1'],
      ],
    );
    assert.strictEqual(found[0].message, found[1].message);
    assert.notStrictEqual(found[0].message, found[2].message);
    assert.match(found[4].message, /Economic and Social Council/);
    assert.match(found[0].message, /General Assembly/);
  });

  it('numerals and dates at their edges', () => {
    assert.deepStrictEqual(['12', 'c', 'B', 'IV', 'I', '十二', '一', 'Q9', ''].map(labelOrdinal), [12, 3, 2, 4, 1, 12, 1, 0, 0]);
    assert.deepStrictEqual([0xb9, 0xb2, 0xb3, 0x2070, 0x2074, 0x2079, 0x2071, 0x31].map(isSuperscriptDigit), [true, true, true, true, true, true, false, false]);
    assert.strictEqual(isoDate(2024, 2, 29), '2024-02-29');
    assert.strictEqual(isoDate(2023, 2, 29), undefined);
    assert.strictEqual(isoDate(99, 1, 1), undefined, 'two-digit years are not 1999');
    assert.strictEqual(isoDate(12345, 1, 1), '12345-01-01');
    assert.strictEqual(isoDate(2024, 13, 1), undefined);
  });

  it('numbered lines: up to six digits, a suffix after blanks, a full stop not followed by a digit, then text (which may hold U+2028)', () => {
    const read = (line: string) => {
      const info = classifyLine(line);
      return info.kind === 'numbered' ? [info.ordinal, info.suffix ?? '', info.label, line.slice(info.titleStart), info.title] : info.kind;
    };
    assert.deepStrictEqual(read('12. Decides to continue.'), [12, '', '12', 'Decides to continue.', 'Decides to continue.']);
    assert.deepStrictEqual(read('  007.\tText **'), [7, '', '007', 'Text **', 'Text']);
    assert.deepStrictEqual(read('3  quater. Also'), [3, 'quater', '3', 'Also', 'Also']);
    assert.deepStrictEqual(read('123456. x'), [123456, '', '123456', 'x', 'x']);
    // LSP breaks lines at CR and LF only: a paragraph line may hold U+2028 or U+2029.
    assert.deepStrictEqual(read('5. foo\u2028bar'), [5, '', '5', 'foo\u2028bar', 'foo\u2028bar']);
    for (const line of ['1234567. x', '3 bi. x', '3 bisx. x', '3 Bis. x', '3.5 x', '3 . x', '3.', '3. ', '3: x', '3 bis x']) {
      assert.notStrictEqual(classifyLine(line).kind, 'numbered', line);
    }
  });

  it('blank and plain lines are told from the whole text as classifyLine tells them from the line (breaks, BOM, decorations)', () => {
    const lines = ['', '   ', '\ufeff', '\u3000文字', '## ', '#', '- a', '* ', '**', '** b', 'text', '大会，', '大会', '一、 标题', 'x ,', '1. Text', 'I. Intro', '**\t**'];
    // Chinese lines ending in a comma: only one that opens with an organ's name may open a resolution.
    lines.push('数字经济，', '经济及社会理事会，', '安全理事会 ,', '人权理事会，', '大会决定，', '人工智能，');
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = lines.join(lineBreak);
      const { textLines } = splitWithFeatures(text);
      for (let i = 0; i < textLines.count; i++) {
        const start = textLines.start(i);
        const plain = classifyPlainLine(text, start, start + textLines.lineLength(i));
        if (plain) assert.deepStrictEqual(plain, classifyLine(textLines.line(i)), JSON.stringify(textLines.line(i)));
      }
    }
    // Only blank and running text are answered; the rest is left to classifyLine.
    assert.strictEqual(classifyPlainLine('1. Text', 0, 7), undefined);
    assert.strictEqual(classifyPlainLine('\ufeff', 0, 1), undefined);
    assert.deepStrictEqual(classifyPlainLine('数字经济，', 0, 5), { kind: 'text', contentStart: 0 });
    assert.strictEqual(classifyPlainLine('经济及社会理事会，', 0, 9), undefined);
    assert.strictEqual(classifyLine('经济及社会理事会，').kind, 'resolution-opening');
    assert.deepStrictEqual(classifyPlainLine('x\n  text', 2, 8), { kind: 'text', contentStart: 2 });
  });

  it('the outline shows "bis" paragraphs and preambular paragraphs (which have no number to select)', () => {
    const doc = parseDocument('The General Assembly,\n\nRecalling its resolution 70/125,\n\n1. Decides.\n\n1 bis. Also decides.\n');
    const outline = buildOutline(doc);
    assert.deepStrictEqual(outline.map((n) => `${n.kind} ${n.label}`), ['preamble Recalling its resolution 70/125,', 'paragraph 1. Decides.', 'paragraph 1 bis. Also decides.']);
    assert.deepStrictEqual(outline[0].selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 32 } });
  });

  describe('a numbered line out of sequence inside a block', () => {
    /** The paragraph numbers when `previous` stands just before "5. Next." inside paragraph 1. */
    const numbers = (previous: string) => parseDocument(`A/80/64\n\n20 January 2026\n\n1. Text.\n${previous}\n5. Next.\n`).paragraphs.map((p) => p.number);
    const starts = [1, 5];
    const wraps = [1];

    it('starts a paragraph after final punctuation, blanks of any kind and one footnote marker in any style', () => {
      for (const previous of [
        'More text.', 'More text;', 'More text:', '更多文字。', '更多文字；', '更多文字：',
        'More text.   ', 'More text.\u3000\u3000', 'More text.\t\u00a0\ufeff\u2028',
        'More text.¹', 'More text. ¹²³ ', 'More text.\u3000⁴\u3000', 'More text.[^12]', 'More text. <sup>3</sup> ',
        'More text.$^4$', 'More text.$^{45}$', 'More text.$^{4$', 'More text.$^4}$', 'More text¹.',
      ]) {
        assert.deepStrictEqual(numbers(previous), starts, JSON.stringify(previous));
      }
    });

    it('runs on after anything else: no punctuation, a comma, a word, two markers, a broken marker, a zero-width space', () => {
      for (const previous of [
        'More text', 'More text,', 'More text ¹', 'More text. x', 'More text.¹x', 'More text. ¹ ²', 'More text.¹[^2]',
        'More text.[^]', 'More text.<sup></sup>', 'More text.$^{}$', 'More text.[^1', 'More text.^1]', 'More text.₁', 'More text.１',
        'More text.\u200b', 'More text.\u180e', 'More text. ' + ' '.repeat(50) + 'x',
      ]) {
        assert.deepStrictEqual(numbers(previous), wraps, JSON.stringify(previous));
      }
    });
  });
});
