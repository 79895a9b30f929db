import type { components } from '../../../api/schema.generated';
import { api, dataOf } from '../../../api/client';
import type { Obligation } from '../../../shared/breaches/breach-types';

export type DataSubjectsInformedBody = components['schemas']['RecordDataSubjectsInformedDto'];
export type Art34ExceptionBody = components['schemas']['ProposeArt34ExceptionDto'];
export type DataSubjectChannel = DataSubjectsInformedBody['channel'];
export type Art34Ground = Art34ExceptionBody['ground'];

export const DATA_SUBJECT_CHANNELS: readonly DataSubjectChannel[] = [
  'email',
  'letter',
  'phone',
  'sms',
  'in_person',
  'portal',
  'other',
];
export const ART34_GROUNDS: readonly Art34Ground[] = [
  'unintelligible',
  'subsequent_measures',
  'disproportionate_effort',
];
export const MIN_ART34_RATIONALE = 10;

/** GDPR art. 34(1): the people were informed; fulfils the data-subject obligation. */
export async function recordDataSubjectsInformed(
  obligationId: string,
  body: DataSubjectsInformedBody,
): Promise<Obligation> {
  return dataOf(
    await api.POST('/api/obligations/{id}/data-subjects-informed', { params: { path: { id: obligationId } }, body }),
  );
}

/** GDPR art. 34(3): proposes the ground; a manager other than the proposer approves it. */
export async function proposeArt34Exception(obligationId: string, body: Art34ExceptionBody): Promise<Obligation> {
  return dataOf(
    await api.POST('/api/obligations/{id}/art34-exception', { params: { path: { id: obligationId } }, body }),
  );
}
