import { formatDate } from '../core/parse/dates';

/** "16 December 2015" or "2015 年 12 月 16 日", as the document's language writes dates. */
export function formatDateFor(iso: string, language: string): string {
  if (language !== 'zh') return formatDate(iso);
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
}
