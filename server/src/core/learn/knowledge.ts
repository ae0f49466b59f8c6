import type { OutlineKind } from '../outline';

/** Where a learned fact comes from: a document (its symbol, else its file name) and a paragraph or line. */
export interface Provenance {
  document: string;
  paragraph?: number;
  line: number;
}

export interface LearnedAbbreviation {
  short: string;
  full: string;
  lang: 'en' | 'zh';
  from: Provenance;
}

export interface LearnedResolution {
  organ: string;
  number: string;
  date?: string;
  title?: string;
  lang: 'en' | 'zh';
  from: Provenance;
}

export interface LearnedActionLineTitle {
  code: string;
  letter: string;
  title: string;
  lang: 'en' | 'zh';
  from: Provenance;
}

export interface SkeletonNode {
  kind: Exclude<OutlineKind, 'paragraph' | 'preamble'>;
  label: string | null;
  title: string;
  code?: string;
  children?: SkeletonNode[];
}

export interface LearnedSkeleton {
  document: string;
  kind: 'sg-report' | 'ga-resolution';
  lang: 'en' | 'zh' | 'other';
  outline: SkeletonNode[];
}

export interface StandardParagraph {
  id: string;
  lang: 'en' | 'zh' | 'other';
  label: string;
  /** Snippet body: years and counts become placeholders ${1:2019}. */
  body: string;
  from: Provenance[];
}

export interface Knowledge {
  documents: string[];
  abbreviations: LearnedAbbreviation[];
  resolutions: LearnedResolution[];
  actionLineTitles: LearnedActionLineTitle[];
  skeletons: LearnedSkeleton[];
  paragraphs: StandardParagraph[];
}
