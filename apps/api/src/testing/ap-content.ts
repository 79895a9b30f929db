import { COMPLETE_AP_ANSWERS } from '@lekwacht/domain/testing';
import type { LoggedIn } from './test-app';

/** Answers every required question of a breach's AP draft; fails loudly if one is still missing. */
export async function completeApForm(officer: LoggedIn, breachId: string): Promise<void> {
  const res = await officer.put(`/api/breaches/${breachId}/authority-notification`, { content: COMPLETE_AP_ANSWERS });
  if (res.status !== 200) throw new Error(`PUT AP answers: ${res.status} ${JSON.stringify(res.body)}`);
  const missing = (res.body as { missingAnswers: string[] }).missingAnswers;
  if (missing.length > 0) throw new Error(`AP form still misses ${missing.join(', ')}`);
}
