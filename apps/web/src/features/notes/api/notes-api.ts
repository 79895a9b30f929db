import type { Client } from 'openapi-fetch';
import { api, dataOf } from '../../../api/client';

/** A colleague as a note names them (author or mentioned): id and current name. */
export interface NotePerson {
  id: string;
  name: string;
}

/** A note as GET /api/breaches/{id}/notes gives it: the Markdown source, rendered by the web only. */
export interface Note {
  id: string;
  breachId: string;
  body: string;
  author: NotePerson;
  mentions: NotePerson[];
  createdAt: string;
  editedAt: string | null;
}

export interface CreateNoteBody {
  body: string;
  mentionIds?: string[];
}

/** The longest note the API takes, in characters (code points). */
export const MAX_NOTE_LENGTH = 10_000;

/** Characters as the API counts them (code points, so an emoji is one). */
export const noteLength = (body: string) => [...body].length;

export const notesQueryKey = (breachId: string) => ['breaches', 'notes', breachId] as const;

/**
 * The notes routes, declared here until the lead regenerates schema.generated.ts from the API's
 * OpenAPI document; then `api` knows them itself and this cast can go.
 */
interface NotesPaths {
  '/api/breaches/{id}/notes': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': Note[] } } };
    };
    post: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: { content: { 'application/json': CreateNoteBody } };
      responses: { 201: { headers: Record<string, unknown>; content: { 'application/json': Note } } };
    };
  };
}

const notesApi = api as unknown as Client<NotesPaths>;

/** Newest first. */
export async function listNotes(breachId: string): Promise<Note[]> {
  return dataOf(await notesApi.GET('/api/breaches/{id}/notes', { params: { path: { id: breachId } } }));
}

/** Adds a note; each mentioned colleague gets one mail. */
export async function addNote(breachId: string, body: CreateNoteBody): Promise<Note> {
  return dataOf(await notesApi.POST('/api/breaches/{id}/notes', { params: { path: { id: breachId } }, body }));
}
