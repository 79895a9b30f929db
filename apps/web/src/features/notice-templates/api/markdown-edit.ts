/** The Markdown the editor's toolbar writes, so nobody has to know the syntax by heart. */
export const MARKDOWN_ACTIONS = ['heading', 'bold', 'list', 'link'] as const;
export type MarkdownAction = (typeof MARKDOWN_ACTIONS)[number];

export interface Edited {
  value: string;
  /** The selection afterwards: the text the user will most likely type over next. */
  start: number;
  end: number;
}

/** Inserts `token` in place of the selection; the cursor goes after it. */
export function insertAt(value: string, start: number, end: number, token: string): Edited {
  const at = start + token.length;
  return { value: value.slice(0, start) + token + value.slice(end), start: at, end: at };
}

/**
 * Applies one toolbar action to the selection [start, end) of `value`:
 * heading and list prefix every selected line ("## ", "- "), or take the prefix off when all
 * lines have it; bold wraps the selection in `**`; link makes it the text of `[…](https://)`
 * and selects the address to type over. Without a selection the placeholder stands in.
 */
export function applyMarkdown(
  value: string,
  start: number,
  end: number,
  action: MarkdownAction,
  /** Written (and selected) when nothing is selected: "text" in the UI language. */
  placeholder = 'text',
): Edited {
  const selected = value.slice(start, end);
  switch (action) {
    case 'bold': {
      const text = selected || placeholder;
      const next = `**${text}**`;
      return { value: value.slice(0, start) + next + value.slice(end), start: start + 2, end: start + 2 + text.length };
    }
    case 'link': {
      const text = selected || placeholder;
      const address = 'https://';
      const next = `[${text}](${address})`;
      const addressStart = start + text.length + 3;
      return {
        value: value.slice(0, start) + next + value.slice(end),
        start: addressStart,
        end: addressStart + address.length,
      };
    }
    case 'heading':
    case 'list': {
      const prefix = action === 'heading' ? '## ' : '- ';
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      const nextBreak = value.indexOf('\n', Math.max(end - (end > start && value[end - 1] === '\n' ? 1 : 0), start));
      const lineEnd = nextBreak === -1 ? value.length : nextBreak;
      const lines = value.slice(lineStart, lineEnd).split('\n');
      const all = lines.every((l) => l.startsWith(prefix));
      const changed = lines
        .map((l) => (all ? l.slice(prefix.length) : l.startsWith(prefix) ? l : prefix + l))
        .join('\n');
      return {
        value: value.slice(0, lineStart) + changed + value.slice(lineEnd),
        start: lineStart,
        end: lineStart + changed.length,
      };
    }
  }
}
