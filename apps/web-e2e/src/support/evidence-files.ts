import { createHash } from 'node:crypto';

/** A small but real PDF: the API recognises it by its first bytes. */
export const POLICE_REPORT = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);
export const POLICE_REPORT_SHA = createHash('sha256').update(POLICE_REPORT).digest('hex');
