import { actionLineHeadings, actionLineNamedBy, isKnownActionLine, scoreTitle } from '../analysis/action-lines';
import type { Rule } from './rule';

export const actionLineTitleMismatch: Rule = {
  code: 'action-line-title-mismatch',
  defaultSeverity: 'error',
  description: 'The heading title names a different action line than its code (wording variants of the same title are fine).',
  check(doc, { report }) {
    for (const a of actionLineHeadings(doc)) {
      if (!isKnownActionLine(a.index)) continue;
      // Compare by number: "C01" as written is action line C1 of the knowledge base.
      const canonical = `C${a.index}`;
      const named = actionLineNamedBy(a.heading.title);
      if (!named || named.seed.code === canonical) continue;
      const own = scoreTitle(a.heading.title).find((s) => s.seed.code === canonical)!;
      if (own.score > named.score * 0.6) continue;
      const title = doc.language === 'zh' ? named.seed.titles.zh[0] : named.seed.titles.en[0];
      report({
        message: `the title names action line ${named.seed.code} ("${title}"), but the code is ${a.code}`,
        range: a.heading.codeRange!,
        related: [{ range: a.heading.titleRange, message: `title of ${named.seed.code}` }],
      });
    }
  },
};
