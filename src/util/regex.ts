/**
 * Escape a literal for use inside a RegExp, including one compiled with the `u` flag: only the
 * syntax characters are escaped, because `u` rejects identity escapes such as `\-` or `\&`.
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
