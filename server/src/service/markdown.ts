// Small helpers for the markdown the hovers and completions show.

/** Escapes text so markdown shows it as written (URLs and symbols stay readable). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => '\\' + c);
}

export function link(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](${url})`;
}

/** "line 12", "lines 12 and 40", "lines 3, 12 and 40" (1-based, as editors show them). */
export function lineList(lines: number[]): string {
  const shown = [...new Set(lines)].sort((a, b) => a - b).map((l) => String(l + 1));
  if (shown.length <= 1) return `line ${shown[0] ?? '?'}`;
  return `lines ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
