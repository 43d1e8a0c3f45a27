/**
 * Escape a literal for use inside a RegExp, including one compiled with the `u` flag: only the
 * syntax characters are escaped, because `u` rejects identity escapes such as `\-` or `\&`.
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/**
 * Literal forms as one trie-shaped pattern: `piece` turns each character of a form into its
 * pattern. A flat alternation of some thousand forms makes the engine try every form at every
 * position; in a trie, a position fails at its first character. As long as the pieces of
 * different characters never overlap, greedy optional tails try a longer form before its prefix,
 * so the longest form wins, as a longest-first alternation would have it.
 */
export function trieAlternation(forms: Iterable<string>, piece: (ch: string) => string): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const form of forms) {
    let node = root;
    for (const ch of form) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const alts = [...node.children].map(([ch, child]) => piece(ch) + source(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${source(root)})`;
}
