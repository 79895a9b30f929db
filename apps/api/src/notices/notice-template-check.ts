import Handlebars from 'handlebars';
import type { NoticeView } from '@lekwacht/domain';

/**
 * What a notice template may contain, checked on Handlebars' own parse tree (not with regular
 * expressions, which whitespace control such as `{{~{x}~}}` or `{{~&x}}` slips past):
 * - `{{field}}` where field is a leaf of the NoticeView — always escaped output;
 * - `{{#if field}}…{{else}}…{{/if}}` and `{{#unless field}}…{{/unless}}` on any view path;
 * - text and `{{! comments }}`.
 * Everything else is refused: unescaped output (`{{{x}}}`, `{{&x}}` and their `~` forms), other
 * helpers (`log`, `lookup`, `with`, `each`…), partials, decorators, raw blocks, sub-expressions,
 * `this`/`../`/`@data` paths, and fields the view does not have.
 */
export interface TemplateFields {
  /** Paths a `{{field}}` may print (strings, numbers, booleans of the view). */
  leaves: ReadonlySet<string>;
  /** Paths an `{{#if}}` may test: leaves and the objects above them. */
  conditions: ReadonlySet<string>;
}

/** The view's paths, from views built by the same domain function as real notices. */
export function templateFieldsOf(views: readonly NoticeView[]): TemplateFields {
  const leaves = new Set<string>();
  const conditions = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (path) conditions.add(path);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    } else if (path) {
      leaves.add(path);
    }
  };
  for (const view of views) walk(view, '');
  // A path that is an object in one view and null in another is an object: it cannot be printed.
  for (const path of [...leaves]) if ([...conditions].some((c) => c.startsWith(`${path}.`))) leaves.delete(path);
  return { leaves, conditions };
}

const BLOCK_HELPERS = new Set(['if', 'unless']);

type Node = hbs.AST.Node & Record<string, unknown>;

/** Every problem of one template source (none contains "; ", which joins them); empty when it may be used. */
export function templateProblems(source: string, fields: TemplateFields): string[] {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (err) {
    return [err instanceof Error ? (err.message.split('\n')[0] ?? 'does not parse') : 'does not parse'];
  }
  const problems = new Set<string>();
  const unknown = new Set<string>();
  const pathOf = (node: unknown, want: 'leaf' | 'condition'): void => {
    const n = node as Node;
    if (n.type !== 'PathExpression') {
      problems.add(`only field names are allowed here (found ${String(n.type)})`);
      return;
    }
    const p = n as unknown as hbs.AST.PathExpression;
    if (
      p.data ||
      p.depth > 0 ||
      p.original.startsWith('this') ||
      p.original.includes('/') ||
      p.original.startsWith('.')
    ) {
      problems.add(`"${p.original}" is not a field (use a field from the list)`);
      return;
    }
    const known = want === 'leaf' ? fields.leaves : fields.conditions;
    if (!known.has(p.original)) unknown.add(p.original);
  };
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'Program':
        for (const child of (node as unknown as hbs.AST.Program).body) visit(child as Node);
        return;
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const m = node as unknown as hbs.AST.MustacheStatement;
        if (!m.escaped) {
          problems.add('unescaped output ({{{…}}}, {{&…}} or their ~ forms) is not allowed');
          return;
        }
        if (m.params.length > 0 || (m.hash && m.hash.pairs.length > 0)) {
          const name =
            m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : String(m.path.type);
          problems.add(`helper "${name}" is not allowed (only {{field}}, {{#if}} and {{#unless}})`);
          return;
        }
        pathOf(m.path, 'leaf');
        return;
      }
      case 'BlockStatement': {
        const b = node as unknown as hbs.AST.BlockStatement;
        const name = b.path.type === 'PathExpression' ? (b.path as hbs.AST.PathExpression).original : '';
        if (!BLOCK_HELPERS.has(name) || b.params.length !== 1 || (b.hash && b.hash.pairs.length > 0)) {
          problems.add(`block "{{#${name || '…'}}}" is not allowed (only {{#if field}} and {{#unless field}})`);
          return;
        }
        if ((b.program as unknown as { blockParams?: string[] }).blockParams?.length) {
          problems.add('block parameters are not allowed');
          return;
        }
        pathOf(b.params[0], 'condition');
        visit(b.program as unknown as Node);
        if (b.inverse) visit(b.inverse as unknown as Node);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        problems.add('partials ({{> …}}) are not allowed');
        return;
      case 'Decorator':
      case 'DecoratorBlock':
        problems.add('decorators ({{* …}}) are not allowed');
        return;
      default:
        problems.add(`"${String(node.type)}" is not allowed`);
    }
  };
  visit(program as unknown as Node);
  if (unknown.size > 0) problems.add(`unknown field(s): ${[...unknown].sort().join(', ')}`);
  return [...problems];
}
