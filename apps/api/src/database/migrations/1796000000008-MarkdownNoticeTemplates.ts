import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15 point 7: a notice template is one Markdown body per language (plus the subject),
 * rendered to both the plain-text and the HTML part, instead of two sources kept in step by hand.
 * A template an admin saved is carried over from its plain-text body: that is the complete
 * notice in the admin's own words, and as Markdown (with the characters Markdown would read as
 * markup escaped, outside the merge fields) it renders to the same text, now in the HTML part too.
 * The old HTML body is dropped; its structure could not be kept without raw HTML, which
 * templates may no longer contain.
 *
 * The outbox also records the From display name a message goes out with (point 6: the
 * organisation's name, not the product's); rows queued before have none and keep the old name.
 */
export class MarkdownNoticeTemplates1796000000008 implements MigrationInterface {
  name = 'MarkdownNoticeTemplates1796000000008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice_templates" ADD "body" text`);
    const rows = (await queryRunner.query(`SELECT "language", "body_text" FROM "notice_templates"`)) as {
      language: string;
      body_text: string;
    }[];
    for (const row of rows) {
      await queryRunner.query(`UPDATE "notice_templates" SET "body" = $2 WHERE "language" = $1`, [
        row.language,
        plainTextToMarkdown(row.body_text),
      ]);
    }
    await queryRunner.query(`ALTER TABLE "notice_templates" ALTER COLUMN "body" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notice_templates" DROP COLUMN "body_text"`);
    await queryRunner.query(`ALTER TABLE "notice_templates" DROP COLUMN "body_html"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "from_name" text`);
  }

  /** Back to two bodies: the Markdown as the text body, and as escaped, pre-wrapped text as the HTML body. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "from_name"`);
    await queryRunner.query(`ALTER TABLE "notice_templates" ADD "body_text" text`);
    await queryRunner.query(`ALTER TABLE "notice_templates" ADD "body_html" text`);
    // Merge fields contain none of & < > (the old and the new check both refuse {{&…}} and {{>…}}).
    await queryRunner.query(`
      UPDATE "notice_templates" SET
        "body_text" = "body",
        "body_html" = '<div style="white-space:pre-wrap">'
          || replace(replace(replace("body", '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</div>'`);
    await queryRunner.query(`ALTER TABLE "notice_templates" ALTER COLUMN "body_text" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notice_templates" ALTER COLUMN "body_html" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notice_templates" DROP COLUMN "body"`);
  }
}

/**
 * A plain-text template as Markdown that renders the same text (line breaks are line breaks in
 * notice Markdown). Outside `{{…}}`: characters that would start emphasis, code, links, HTML or
 * entities are backslash-escaped, and so is what would make a line a heading, quote, numbered
 * list or rule; leading spaces go (four would start a code block). Lines starting "- " stay
 * bullet lists, as they were meant, ended by a blank line. Kept here, not imported, so the migration never changes.
 */
export function plainTextToMarkdown(text: string): string {
  const escapeInline = (s: string) => s.replace(/[\\`*_[\]<>&~|]/g, (c) => `\\${c}`);
  const bullet = (line: string) => /^[ \t]*- /.test(line);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line, i) => {
      // A text line right after a list item would continue that item: a blank line ends the list.
      const next = lines[i + 1];
      return bullet(line) && next !== undefined && next.trim() !== '' && !bullet(next) ? `${line}\n` : line;
    })
    .join('\n')
    .split('\n')
    .map((line) => {
      const l = line.replace(/^[ \t]+/, '');
      const escaped = l
        .split(/(\{\{[\s\S]*?\}\})/)
        .map((part, i) => (i % 2 === 1 ? part : escapeInline(part)))
        .join('');
      return escaped
        .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
        .replace(/^\+(?=\s)/, '\\+')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
        .replace(/^([-=])(?=[-= \t]*$)/, '\\$1');
    })
    .join('\n');
}
