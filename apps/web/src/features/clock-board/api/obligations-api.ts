import { requestJson } from '../../../api/request';
import type { OpenObligation } from '../../breaches/api/breach-types';

export const openObligationsQueryKey = ['obligations', 'open'] as const;

export const listOpenObligations = () =>
  requestJson<OpenObligation[]>('GET', '/api/obligations', { query: { state: 'open' } });
