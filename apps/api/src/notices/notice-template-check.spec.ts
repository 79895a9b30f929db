import { DEFAULT_TEMPLATES, noticeTemplateFields } from './notice-rendering';
import { templateProblems } from './notice-template-check';

const problems = (source: string) => templateProblems(source, noticeTemplateFields());

describe('templateProblems', () => {
  it('accepts the built-in templates', () => {
    for (const t of Object.values(DEFAULT_TEMPLATES)) {
      expect(problems(t.subject)).toEqual([]);
      expect(problems(t.body)).toEqual([]);
    }
  });

  it('offers exactly the NoticeView: its leaves to print, its objects to test', () => {
    const { leaves, conditions } = noticeTemplateFields();
    expect(leaves).toContain('customer.name');
    expect(leaves).toContain('handover.advice.enisaBand');
    expect(leaves).not.toContain('handover');
    expect(conditions).toContain('handover');
    // The internal description and title are not in the view, so a template cannot name them.
    expect([...leaves].some((f) => /description|title/i.test(f))).toBe(false);
  });

  it('accepts fields, if/unless/else and comments', () => {
    expect(
      problems(
        '{{! note }}{{#if handover}}{{handover.decisionHours}}{{else}}-{{/if}}{{#unless processor}}x{{/unless}}',
      ),
    ).toEqual([]);
    expect(problems('{{~customer.name~}}')).toEqual([]);
  });

  it('names unknown fields', () => {
    expect(problems('{{breach.description}} {{customer.name}} {{#if breach.title}}x{{/if}}')).toEqual([
      'unknown field(s): breach.description, breach.title',
    ]);
  });

  it.each([
    ['{{{breach.summary}}}', /unescaped/],
    ['{{&breach.summary}}', /unescaped/],
    ['{{~{breach.summary}~}}', /unescaped/],
    ['{{~&breach.summary~}}', /unescaped/],
    ['{{ & breach.summary }}', /unescaped|Parse error/],
    ['{{log customer.name}}', /helper "log"/],
    ['{{lookup customer "name"}}', /helper "lookup"/],
    ['{{#each customer}}{{this}}{{/each}}', /block "\{\{#each\}\}"/],
    ['{{#with customer}}{{name}}{{/with}}', /block "\{\{#with\}\}"/],
    ['{{{{raw}}}}{{x}}{{{{/raw}}}}', /block/],
    ['{{> header}}', /partials/],
    ['{{#> layout}}x{{/layout}}', /partials/],
    ['{{this}}', /not a field/],
    ['{{@root.customer.name}}', /not a field/],
    ['{{#if processor}}{{../customer.name}}{{/if}}', /not a field/],
    ['{{#if (log processor)}}x{{/if}}', /only field names/],
    ['{{#if processor as |p|}}{{p}}{{/if}}', /block parameters|unknown field/],
    ['{{customer.name', /Parse error|Expecting/],
  ])('refuses %j', (source, message) => {
    expect(problems(source).join('\n')).toMatch(message);
  });
});
