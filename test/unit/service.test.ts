// The language service (server/src/service/): pure functions on small English and Chinese drafts.
import * as assert from 'assert';
import { checkText, type DocumentModel, type Position } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/fix/edits';
import {
  codeActions,
  completionsAt,
  definitionAt,
  documentLinks,
  documentOutline,
  documentStats,
  foldingRegions,
  hoverAt,
  quickFixes,
  referencesAt,
  RENUMBER_FOOTNOTES_TITLE,
  RENUMBER_PARAGRAPHS_TITLE,
} from '../../server/src/service';

const ENGLISH = `A/80/62–E/2025/11

General Assembly
Economic and Social Council

Distr.: General
10 February 2025

Progress made in the implementation of the outcomes of the World Summit

Report of the Secretary-General

Introduction

1. The present report responds to Economic and Social Council resolution 2006/46 of 28 July 2006, which asked the Commission on Science and Technology for Development (CSTD) to review progress.¹ See para. 4 below.

I. Key trends

A. Access

2. Access continued to grow. The CSTD noted it.²

4. Affordability remains a barrier in the least developed countries. General Assembly resolution 70/125 says so (A/75/62-E/2020/11).

B. Action lines

(a) The role of public governance authorities and all stakeholders in the promotion of ICTs for development (C1)

5. Governments led.

(b) Information and communication infrastructure (C2)

6. Networks grew.

(c) Access to information and knowledge (C3)

7. Libraries opened, as paras. 2 to 4 above show.

¹ See A/RES/70/125.
² Ibid.
`;

const CHINESE = `大会
经济及社会理事会

2020 年 1 月 13 日

导言

1. 本报告是应经济及社会理事会第 2006/46 号决议要求编写，载有联合国贸易和发展会议(贸发会议)秘书长的一封信。¹ 见下文第 3 段。

一. 主要趋势

2. 贸发会议汇编了补充资料。²

3. 大会 2015 年 12 月 16 日第 70/125 号决议。

(c) 获取信息和知识(C3)

4. 图书馆开放。

(g) 信通技术应用(C7)

5. 电子政务发展。

¹ 见 A/RES/70/125。
² 同上。
`;

/** A draft with one slip of each kind a code action repairs. */
const SLIPS = `Introduction

1. The first paragraph cites a source.² It cites another.¹ See para. 5 below.

I. Action lines

(c) Access to information and knowledge (C3)

2. Libraries opened.

(d) Capacity building (C5)

3. Training grew in joint report A/75/62-E/2020/11.

5. The last paragraph.

¹ First source.
² Second source.
`;

const model = (text: string): DocumentModel => checkText(text, { today: '2025-06-01' }).model;

/** Position of the nth occurrence of `needle`, `offset` characters into it. */
function at(text: string, needle: string, offset = 0, occurrence = 0): Position {
  const lines = text.split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    for (let from = 0; ; ) {
      const character = lines[line].indexOf(needle, from);
      if (character === -1) break;
      if (seen++ === occurrence) return { line, character: character + offset };
      from = character + 1;
    }
  }
  throw new Error(`"${needle}" (occurrence ${occurrence}) not in the fixture`);
}

const lineOf = (text: string, needle: string, occurrence = 0) => at(text, needle, 0, occurrence).line;

describe('service: hover', () => {
  const en = model(ENGLISH);
  const zh = model(CHINESE);

  it('shows the footnote text on a marker', () => {
    const hover = hoverAt(en, at(ENGLISH, '¹'));
    assert.ok(hover, 'a hover');
    assert.match(hover.markdown, /Footnote 1/);
    assert.match(hover.markdown, /See A\/RES\/70\/125\./);
    assert.deepStrictEqual(hover.range.start, at(ENGLISH, '¹'));
  });

  it('shows where a footnote text is cited', () => {
    const hover = hoverAt(en, at(ENGLISH, '¹ See A/RES'));
    assert.match(hover!.markdown, new RegExp(`cited on line ${lineOf(ENGLISH, 'progress.¹') + 1} \\(paragraph 1\\)`));
  });

  it('shows an action line\'s title in the document language and its facilitators; C7 lists the applications', () => {
    const c3 = hoverAt(en, at(ENGLISH, '(C3)', 2))!.markdown;
    assert.match(c3, /C3: Access to information and knowledge/);
    assert.match(c3, /UNESCO/);
    const c7 = hoverAt(zh, at(CHINESE, '(C7)', 2))!.markdown;
    assert.match(c7, /C7: 信通技术应用/);
    assert.match(c7, /电子政务/);
    assert.match(c7, /UNDESA/);
  });

  it('shows what the seeds know of a cited resolution, with its undocs.org link', () => {
    const ecosoc = hoverAt(en, at(ENGLISH, '2006/46', 2))!.markdown;
    assert.match(ecosoc, /Economic and Social Council resolution 2006\/46\*\* of 28 July 2006/);
    assert.match(ecosoc, /\(https:\/\/undocs\.org\/E\/RES\/2006\/46\)/);
    const ga = hoverAt(zh, at(CHINESE, '70/125', 1))!.markdown;
    assert.match(ga, /General Assembly resolution 70\/125\*\* of 16 December 2015/);
    assert.match(ga, /https:\/\/undocs\.org\/A\/RES\/70\/125/);
  });

  it('shows the resolution a symbol stands for, and the part of a joint symbol under the cursor', () => {
    assert.match(hoverAt(en, at(ENGLISH, 'A/RES/70/125', 3))!.markdown, /General Assembly resolution 70\/125 of 16 December 2015/);
    const joint = hoverAt(en, at(ENGLISH, 'E/2020/11', 1))!;
    assert.match(joint.markdown, /\*\*E\/2020\/11\*\*: Economic and Social Council document/);
    assert.match(joint.markdown, /https:\/\/undocs\.org\/E\/2020\/11/);
  });

  it('shows the first sentence of the paragraph a cross-reference points to', () => {
    const hover = hoverAt(en, at(ENGLISH, 'para. 4 below', 6))!;
    assert.match(hover.markdown, /Paragraph 4/);
    assert.match(hover.markdown, /Affordability remains a barrier in the least developed countries\./);
    assert.doesNotMatch(hover.markdown, /General Assembly/);
  });

  it('expands abbreviations defined in the document or known to the seeds', () => {
    const defined = hoverAt(en, at(ENGLISH, 'CSTD', 1, 1))!.markdown;
    assert.match(defined, /CSTD\*\*: Commission on Science and Technology for Development \(defined on line 15\)/);
    assert.strictEqual(lineOf(ENGLISH, '(CSTD)'), 14);
    const zhDefined = hoverAt(zh, at(CHINESE, '贸发会议', 1, 1))!.markdown;
    assert.match(zhDefined, /贸发会议\*\*: 联合国贸易和发展会议 \(defined on line 8\)/);
    const seeded = hoverAt(model('The CSTD met.\n'), { line: 0, character: 5 })!.markdown;
    assert.match(seeded, /Commission on Science and Technology for Development \(from seeds\)/);
  });

  it('has nothing to say on plain text', () => {
    assert.strictEqual(hoverAt(en, at(ENGLISH, 'Networks grew')), undefined);
  });
});

describe('service: definition and references', () => {
  const en = model(ENGLISH);

  it('goes from a marker to its footnote text and back', () => {
    const [toText] = definitionAt(en, at(ENGLISH, '²'));
    assert.strictEqual(toText.targetSelectionRange.start.line, lineOf(ENGLISH, '² Ibid.'));
    const [toMarker] = definitionAt(en, at(ENGLISH, '² Ibid.'));
    assert.deepStrictEqual(toMarker.targetRange.start, at(ENGLISH, '²'));
  });

  it('goes from "para. 4" to paragraph 4', () => {
    const [target] = definitionAt(en, at(ENGLISH, 'para. 4', 6));
    assert.deepStrictEqual(target.targetSelectionRange.start, at(ENGLISH, '4. Affordability'));
  });

  it('goes from "第 3 段" to paragraph 3 in Chinese', () => {
    const [target] = definitionAt(model(CHINESE), at(CHINESE, '第 3 段', 2));
    assert.deepStrictEqual(target.targetSelectionRange.start, at(CHINESE, '3. 大会'));
  });

  it('finds every cross-reference to a paragraph, spans included', () => {
    const refs = referencesAt(en, at(ENGLISH, '4. Affordability'), false);
    assert.deepStrictEqual(refs.map((r) => r.start), [at(ENGLISH, 'para. 4', 6), at(ENGLISH, 'to 4 above', 3)]);
    const spanned = ENGLISH.replace('4. Affordability', '3. Affordability').replace('to 4 above', 'to 5 above');
    const inside = referencesAt(model(spanned), at(spanned, '3. Affordability'), false);
    assert.deepStrictEqual(inside.map((r) => r.start), [at(spanned, 'paras. 2 to 5')], 'paragraph 3 lies inside "paras. 2 to 5"');
  });

  it('finds every citation of a footnote and of a resolution', () => {
    const footnote = referencesAt(en, at(ENGLISH, '¹'), true);
    assert.deepStrictEqual(footnote.map((r) => r.start.line), [lineOf(ENGLISH, 'progress.¹'), lineOf(ENGLISH, '¹ See A/RES')]);
    const resolution = referencesAt(en, at(ENGLISH, 'resolution 70/125', 12), false);
    assert.deepStrictEqual(resolution.map((r) => r.start.line), [lineOf(ENGLISH, 'resolution 70/125'), lineOf(ENGLISH, 'A/RES/70/125')]);
  });
});

describe('service: folding, links, outline, stats', () => {
  const en = model(ENGLISH);

  it('folds chapters, sections, the cover page and footnote blocks', () => {
    const regions = foldingRegions(en);
    const starting = (needle: string) => regions.find((r) => r.startLine === lineOf(ENGLISH, needle));
    assert.strictEqual(starting('I. Key trends')?.endLine, lineOf(ENGLISH, '² Ibid.'));
    assert.strictEqual(starting('A. Access')?.endLine, lineOf(ENGLISH, '4. Affordability'));
    assert.deepStrictEqual(starting('¹ See A/RES'), { startLine: lineOf(ENGLISH, '¹ See A/RES'), endLine: lineOf(ENGLISH, '² Ibid.'), kind: 'comment' });
  });

  it('links each part of a joint symbol to undocs.org', () => {
    const targets = documentLinks(en).map((l) => l.target);
    assert.ok(targets.includes('https://undocs.org/A/75/62'));
    assert.ok(targets.includes('https://undocs.org/E/2020/11'));
    assert.ok(targets.includes('https://undocs.org/A/RES/70/125'));
  });

  it('outlines chapters with their titles, ranges covering their content', () => {
    const chapter = documentOutline(en).find((s) => s.kind === 'chapter')!;
    assert.strictEqual(chapter.name, 'I. Key trends');
    assert.strictEqual(chapter.range.end.line, lineOf(ENGLISH, '7. Libraries'));
  });

  it('counts paragraphs, footnotes and words', () => {
    const stats = documentStats(en);
    assert.strictEqual(stats.paragraphs, 6);
    assert.strictEqual(stats.footnotes, 2);
    assert.strictEqual(stats.wordLimit, 8500);
    assert.ok(stats.words > 100);
  });
});

describe('service: completion', () => {
  it('offers the next action-line heading after (c) C3, with letter and title in the document language', () => {
    const text = ENGLISH.replace('7. Libraries', '(\n\n7. Libraries');
    const position = { line: lineOf(text, '7. Libraries') - 2, character: 1 };
    const [item] = completionsAt(model(text), position);
    assert.strictEqual(item.insertText, '(d) Capacity building (C4)');
    assert.deepStrictEqual(item.range, { start: { line: position.line, character: 0 }, end: position });

    const zhText = CHINESE.replace('(g) 信通技术应用(C7)', '()');
    const zhPosition = { line: lineOf(zhText, '()'), character: 1 };
    const [zhItem] = completionsAt(model(zhText), zhPosition);
    assert.strictEqual(zhItem.insertText, '(d) 能力建设(C4)');
    assert.strictEqual(zhItem.range.end.character, 2, 'replaces the auto-closed bracket');
  });

  it('offers resolution citations after "resolution " and "第", with their titles', () => {
    const text = 'Recalling resolution \n大会第\n';
    const english = completionsAt(model(text), { line: 0, character: 21 });
    const gaItem = english.find((c) => c.insertText === 'resolution 70/125 of 16 December 2015');
    assert.ok(gaItem, english.map((c) => c.insertText).join(' | '));
    assert.match(gaItem.documentation!, /undocs\.org\/A\/RES\/70\/125/);
    assert.deepStrictEqual(gaItem.range.start, { line: 0, character: 10 });

    const chinese = completionsAt(model(text), { line: 1, character: 3 });
    const zhItem = chinese.find((c) => c.insertText.trim() === '2015 年 12 月 16 日第 70/125 号决议');
    assert.ok(zhItem, chinese.map((c) => c.insertText).join(' | '));
    assert.ok(chinese.every((c) => c.detail!.startsWith('General Assembly')), '"大会" narrows to the General Assembly');
  });

  it('offers nothing in running text', () => {
    assert.deepStrictEqual(completionsAt(model(ENGLISH), at(ENGLISH, 'Networks grew', 4)), []);
  });
});

describe('service: code actions', () => {
  const check = (text: string) => checkText(text, { today: '2025-06-01' });

  for (const [code, title] of [
    ['paragraph-number-gap', RENUMBER_PARAGRAPHS_TITLE],
    ['footnote-order', RENUMBER_FOOTNOTES_TITLE],
    ['action-line-title-mismatch', 'Change the action-line code to C4 to match the title'],
    ['symbol-joint-dash', 'Replace "-" with an en dash in A/75/62–E/2020/11'],
  ]) {
    it(`${code}: "${title}" leaves the finding clean, and applying it again changes nothing`, () => {
      const before = check(SLIPS);
      const targeted = before.findings.filter((f) => f.code === code);
      assert.ok(targeted.length, `the fixture has a ${code} finding`);
      const action = quickFixes(before.model, targeted).find((a) => a.title === title);
      assert.ok(action, `offered: ${quickFixes(before.model, targeted).map((a) => a.title).join(' | ')}`);
      assert.deepStrictEqual(action.fixes, targeted);

      const fixed = applyEdits(SLIPS, action.edits);
      const after = check(fixed);
      assert.deepStrictEqual(after.findings.filter((f) => f.code === code), []);
      const again = quickFixes(after.model, targeted).filter((a) => a.title === title).flatMap((a) => a.edits);
      assert.strictEqual(applyEdits(fixed, again), fixed);
    });
  }

  it('renumbering paragraphs updates the cross-reference too', () => {
    const { model: m, findings } = check(SLIPS);
    const [action] = quickFixes(m, findings.filter((f) => f.code === 'paragraph-number-gap'));
    const fixed = applyEdits(SLIPS, action.edits);
    assert.match(fixed, /See para\. 4 below\./);
    assert.match(fixed, /\n4\. The last paragraph\./);
  });

  it('offers the renumberings as source actions, only when they change something', () => {
    const kinds = codeActions(model(SLIPS), [], ['source']).map((a) => a.kind);
    assert.deepStrictEqual(kinds, ['source.unreport.renumberParagraphs', 'source.unreport.renumberFootnotes']);
    assert.deepStrictEqual(codeActions(model(SLIPS), [], ['quickfix']), []);
    const clean = 'Introduction\n\n1. One.¹\n\n2. Two.\n\n¹ Source.\n';
    assert.deepStrictEqual(codeActions(model(clean), [], ['source']), []);
  });
});
