// Go to definition: a footnote marker to its text and back, a cross-reference to its paragraph,
// an abbreviation to where the document defines it.
import { footnoteAnalysis } from '../core/analysis/footnotes';
import type { DocumentModel } from '../core/model';
import type { Position, Range } from '../core/text';
import { elementAt } from './lookup';
import { paragraphReferredTo } from './paragraph-targets';

export interface DefinitionTarget {
  /** What the cursor was on. */
  originRange: Range;
  /** The whole target (a paragraph, a footnote text) ... */
  targetRange: Range;
  /** ... and the part of it to select (its number or marker). */
  targetSelectionRange: Range;
}

export function definitionAt(doc: DocumentModel, position: Position): DefinitionTarget[] {
  const element = elementAt(doc, position);
  if (!element) return [];
  const originRange = element.range;
  switch (element.kind) {
    case 'footnote-citation': {
      const texts = footnoteAnalysis(doc).textsOf(element.number);
      return texts.map((t) => ({ originRange, targetRange: t.range, targetSelectionRange: t.markerRange }));
    }
    case 'footnote-text': {
      const citations = footnoteAnalysis(doc).citationsOf(element.text.number);
      return citations.map((c) => ({ originRange, targetRange: c.range, targetSelectionRange: c.range }));
    }
    case 'cross-reference': {
      const numbers = element.number === undefined ? element.reference.numbers : [element.number];
      return numbers.flatMap((n) => {
        const p = paragraphReferredTo(doc, element.reference, n);
        return p ? [{ originRange, targetRange: p.range, targetSelectionRange: p.numberRange ?? p.range }] : [];
      });
    }
    case 'abbreviation': {
      const d = element.definition;
      return d ? [{ originRange, targetRange: d.range, targetSelectionRange: d.range }] : [];
    }
    default:
      return [];
  }
}
