import type { Client } from 'openapi-fetch';
import { ApiError, type ApiFieldError } from '../../../api/api-error';
import { api, dataOf } from '../../../api/client';
import { XSRF_COOKIE, XSRF_HEADER, readCookie } from '../../../api/xsrf';

export interface EvidencePerson {
  id: string;
  name: string;
}

/** An evidence file as GET /api/breaches/{id}/evidence lists it (never its bytes). */
export interface EvidenceFile {
  id: string;
  breachId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: EvidencePerson;
  uploadedAt: string;
  deleted: { at: string; by: EvidencePerson; reason: string } | null;
}

export interface EvidenceSettings {
  maxBytes: number;
  mediaTypes: string[];
}

export const evidenceQueryKey = (breachId: string) => ['breaches', 'evidence', breachId] as const;
export const evidenceSettingsQueryKey = ['evidence', 'settings'] as const;

/** What the file picker offers (the API decides from the content; this only filters the dialog). */
export const EVIDENCE_ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.eml,.txt,.csv,' +
  'application/pdf,image/png,image/jpeg,image/gif,image/webp,message/rfc822,text/plain,text/csv';

/** The download URL of a file (the browser saves it: the API sends it as an attachment). */
export const evidenceContentUrl = (f: Pick<EvidenceFile, 'breachId' | 'id'>) =>
  `/api/breaches/${f.breachId}/evidence/${f.id}/content`;

/** The evidence routes, declared here until the lead regenerates schema.generated.ts. */
interface EvidencePaths {
  '/api/breaches/{id}/evidence': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': EvidenceFile[] } } };
    };
  };
  '/api/breaches/{id}/evidence/{evidenceId}': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    delete: {
      parameters: { query?: never; header?: never; path: { id: string; evidenceId: string }; cookie?: never };
      requestBody: { content: { 'application/json': { reason: string } } };
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': EvidenceFile } } };
    };
  };
  '/api/evidence/settings': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': EvidenceSettings } } };
    };
  };
}

const evidenceApi = api as unknown as Client<EvidencePaths>;

/** Newest first, deleted files (tombstones) included. */
export async function listEvidence(breachId: string): Promise<EvidenceFile[]> {
  return dataOf(await evidenceApi.GET('/api/breaches/{id}/evidence', { params: { path: { id: breachId } } }));
}

export async function getEvidenceSettings(): Promise<EvidenceSettings> {
  return dataOf(await evidenceApi.GET('/api/evidence/settings'));
}

/** Manager only: removes the bytes, keeps name, hash and reason. */
export async function deleteEvidence(breachId: string, evidenceId: string, reason: string): Promise<EvidenceFile> {
  return dataOf(
    await evidenceApi.DELETE('/api/breaches/{id}/evidence/{evidenceId}', {
      params: { path: { id: breachId, evidenceId } },
      body: { reason },
    }),
  );
}

/**
 * Uploads one file as multipart/form-data with progress (fetch cannot report upload progress),
 * with the double-submit CSRF header like every other write. Non-2xx answers become ApiErrors.
 */
export function uploadEvidence(
  breachId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<EvidenceFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/breaches/${breachId}/evidence`);
    xhr.withCredentials = true;
    const token = readCookie(XSRF_COOKIE);
    if (token) xhr.setRequestHeader(XSRF_HEADER, token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, [], 'network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) return resolve(body as EvidenceFile);
      const b = (body ?? {}) as { message?: string | string[]; error?: string; errors?: ApiFieldError[] };
      const messages = Array.isArray(b.message) ? b.message : typeof b.message === 'string' ? [b.message] : [];
      reject(new ApiError(xhr.status, messages, b.error ?? xhr.statusText, Array.isArray(b.errors) ? b.errors : []));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
