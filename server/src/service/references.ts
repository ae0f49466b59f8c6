// Find all references: every citation of a footnote, every cross-reference to a paragraph,
// every citation of a resolution or document symbol, every use of an abbreviation.
import { footnoteAnalysis } from '../core/analysis/footnotes';
import type { DocumentModel, Paragraph, ResolutionReference } from '../core/model';
import type { Position, Range } from '../core/text';
import { abbreviationOccurrences } from './abbreviations';
import { elementAt, symbolParts } from './lookup';
import { paragraphReferredTo, referencesToParagraph } from './paragraph-targets';
import { resolutionSeedBySymbol, resolutionSymbol } from './undocs';

/** Ranges in this document; `includeDeclaration` adds the footnote text, the paragraph number, the definition. */
export function referencesAt(doc: DocumentModel, position: Position, includeDeclaration: boolean): Range[] {
  const element = elementAt(doc, position);
  if (!element) {
    const paragraph = doc.paragraphAtLine(position.line);
    return paragraph ? paragraphReferences(doc, paragraph, includeDeclaration) : [];
  }
  switch (element.kind) {
    case 'footnote-citation':
      return footnoteReferences(doc, element.number, includeDeclaration);
    case 'footnote-text':
      return footnoteReferences(doc, element.text.number, includeDeclaration);
    case 'paragraph-number':
      return paragraphReferences(doc, element.paragraph, includeDeclaration);
    case 'cross-reference': {
      const n = element.number ?? element.reference.numbers[0];
      const paragraph = paragraphReferredTo(doc, element.reference, n);
      return paragraph ? paragraphReferences(doc, paragraph, includeDeclaration) : [];
    }
    case 'resolution':
      return resolutionReferences(doc, element.resolution.organ, element.resolution.number);
    case 'symbol': {
      const seed = resolutionSeedBySymbol(element.part);
      return seed ? resolutionReferences(doc, seed.organ, seed.number) : symbolReferences(doc, element.part);
    }
    case 'abbreviation': {
      const uses = abbreviationOccurrences(doc, element.short);
      return includeDeclaration && element.definition ? [element.definition.range, ...uses.filter((r) => r.start.line !== element.definition!.line)] : uses;
    }
    default:
      return [];
  }
}

function footnoteReferences(doc: DocumentModel, n: number, includeDeclaration: boolean): Range[] {
  const analysis = footnoteAnalysis(doc);
  const ranges = analysis.citationsOf(n).map((c) => c.range);
  if (includeDeclaration) ranges.push(...analysis.textsOf(n).map((t) => t.markerRange));
  return ranges;
}

function paragraphReferences(doc: DocumentModel, paragraph: Paragraph, includeDeclaration: boolean): Range[] {
  const ranges = referencesToParagraph(doc, paragraph);
  if (includeDeclaration && paragraph.numberRange) ranges.unshift(paragraph.numberRange);
  return ranges;
}

/** Citations as "resolution 70/125" / "第 70/125 号决议" and as the symbol "A/RES/70/125". */
function resolutionReferences(doc: DocumentModel, organ: ResolutionReference['organ'], number: string): Range[] {
  const rows = doc.resolutionRows;
  const citations: Range[] = [];
  for (let k = 0; k < rows.length; k++) {
    if (rows.organ(k) === organ && rows.kind(k) === 'resolution' && rows.number(k) === number) citations.push(rows.at(k).range);
  }
  const symbol = resolutionSymbol({ organ, number, kind: 'resolution' });
  return [...citations, ...(symbol ? symbolReferences(doc, symbol) : [])].sort(byPosition);
}

function symbolReferences(doc: DocumentModel, symbol: string): Range[] {
  const bare = symbol.replace(/\*+$/, '');
  return doc.symbols.flatMap((s) => symbolParts(s).filter((p) => p.text.replace(/\*+$/, '') === bare).map((p) => p.range));
}

function byPosition(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}
