import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkText } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/fix/edits';
import { PriorReports } from '../../server/src/lsp/prior-reports';
import { completionsAt, hoverAt } from '../../server/src/service';
import { REPO_ROOT, TEST_TODAY } from '../support/paths';

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unreport-ws-'));
  fs.mkdirSync(path.join(dir, 'prior'));
  for (const f of ['report-2024.en.unr', 'report-2025.en.unr']) fs.copyFileSync(path.join(REPO_ROOT, 'test/prior', f), path.join(dir, 'prior', f));
  fs.writeFileSync(path.join(dir, 'draft.unr'), 'The Commission (CSTD) met.\n');
  return dir;
}

/** Expands snippet placeholders to their defaults, as the editor does on insertion. */
const expand = (snippet: string) => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\([$}\\])/g, '$1');

describe('prior reports in the workspace (unreport.priorReports)', () => {
  it('indexes only the files the glob names, inside the workspace folders', () => {
    const dir = workspace();
    const prior = new PriorReports(() => [dir], () => undefined);
    assert.strictEqual(prior.indexAll('**/prior/**'), 2);
    assert.strictEqual(prior.index.size, 2);
    assert.strictEqual(prior.changed(path.join(dir, 'draft.unr'), false), false, 'a draft outside prior/ is not a prior report');
    assert.strictEqual(prior.changed(path.resolve(dir, '../elsewhere/prior/x.unr'), false), false, 'never outside the workspace');
  });

  it('re-reads one file on change, drops it on delete', () => {
    const dir = workspace();
    const prior = new PriorReports(() => [dir], () => undefined);
    prior.indexAll('**/prior/**');
    const file = path.join(dir, 'prior', 'report-2024.en.unr');
    fs.writeFileSync(file, 'A/79/62\n\n1. The Internet Governance Forum (IGF) met.\n');
    assert.ok(prior.changed(file, false));
    assert.strictEqual(prior.index.abbreviation('IGF')?.source, 'defined in A/79/62, para. 1');
    fs.rmSync(file);
    assert.ok(prior.changed(file, true));
    assert.strictEqual(prior.index.size, 1);
  });

  it('hover names the prior report a definition comes from', () => {
    const dir = workspace();
    const prior = new PriorReports(() => [dir], () => undefined);
    prior.indexAll('**/prior/**');
    const { model } = checkText('1. The CSTD met in Geneva.\n', { today: TEST_TODAY });
    const hover = hoverAt(model, { line: 0, character: 8 }, prior.index);
    assert.match(hover?.markdown ?? '', /Commission on Science and Technology for Development \(defined in A\/79\/62–E\/2024\/3, para\. 1\)/);
  });

  it('hover prefers a prior report over seeds/ and shows the disagreement', () => {
    const dir = workspace();
    fs.writeFileSync(path.join(dir, 'prior', 'old.unr'), 'A/80/1\n\n1. The Council recalled its resolution 2006/46 of 27 July 2006.\n');
    const prior = new PriorReports(() => [dir], () => undefined);
    prior.indexAll('**/prior/**');
    const { model } = checkText('1. See Economic and Social Council resolution 2006/46.\n', { today: TEST_TODAY });
    const at = model.resolutions[0].range.start;
    const hover = hoverAt(model, { line: 0, character: at.character + 1 }, prior.index)?.markdown ?? '';
    assert.match(hover, /of 27 July 2006/);
    assert.match(hover, /Source: cited in A\/80\/1, para\. 1/);
    assert.match(hover, /seeds\/ says 28 July 2006/);
  });

  it('completion after "7. " offers the standard paragraphs as the prior reports write them; inserted, the draft stays clean', () => {
    const dir = workspace();
    const prior = new PriorReports(() => [dir], () => undefined);
    prior.indexAll('**/prior/**');
    const draft = 'Introduction\n\n1. ';
    const { model } = checkText(draft, { today: TEST_TODAY });
    const items = completionsAt(model, { line: 2, character: 3 }, prior.index);
    const intro = items.find((i) => i.snippet && /2006\/46/.test(i.insertText) && /entities/.test(i.insertText));
    assert.ok(intro, items.map((i) => i.label).join(' | '));
    assert.match(intro!.documentation ?? '', /as in A\/79\/62–E\/2024\/3, para\. 1; A\/80\/64–E\/2025\/12, para\. 1/);
    const inserted = applyEdits(draft, [{ range: intro!.range, newText: expand(intro!.insertText) }]);
    assert.deepStrictEqual(checkText(inserted, { today: TEST_TODAY }).findings.map((f) => f.code), []);
  });

  it('completion offers resolution citations as the prior reports cite them', () => {
    const dir = workspace();
    const prior = new PriorReports(() => [dir], () => undefined);
    prior.indexAll('**/prior/**');
    const line = '1. Recalling Economic and Social Council resolution ';
    const { model } = checkText(line, { today: TEST_TODAY });
    const items = completionsAt(model, { line: 0, character: line.length }, prior.index);
    const item = items.find((i) => i.insertText === 'resolution 2024/13 of 23 July 2024');
    assert.ok(item, items.slice(0, 5).map((i) => i.insertText).join(' | '));
    assert.match(item!.documentation ?? '', /cited in A\/80\/64–E\/2025\/12, para\. 2/);
  });

  it('completion "^" inserts the next footnote marker and its text line after the paragraph; the result is clean', () => {
    const draft = '1. Access grew.¹ Prices fell.^\nMore text here.\n\n¹ ITU.\n';
    const { model } = checkText(draft, { today: TEST_TODAY });
    const items = completionsAt(model, { line: 0, character: 30 }, undefined);
    const footnote = items.find((i) => i.label === 'footnote 2');
    assert.ok(footnote, items.map((i) => i.label).join(' | '));
    const inserted = applyEdits(draft, [{ range: footnote!.range, newText: footnote!.insertText }, ...footnote!.additionalEdits!]);
    assert.strictEqual(inserted, '1. Access grew.¹ Prices fell.²\nMore text here.\n\n² Footnote text.\n\n¹ ITU.\n');
    assert.deepStrictEqual(checkText(inserted, { today: TEST_TODAY }).findings.map((f) => f.code), []);
  });
});
