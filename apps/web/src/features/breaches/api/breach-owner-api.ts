import type { Client } from 'openapi-fetch';
import { api, dataOf } from '../../../api/client';
import type { Breach } from '../../../shared/breaches/breach-types';

/**
 * POST /api/breaches/{id}/owner, typed here until the lead regenerates schema.generated.ts (then
 * this becomes a plain `api.POST`). It goes through the app's one client, so the CSRF header and
 * the error handling are the same as for every other call.
 */
interface OwnerPaths {
  '/api/breaches/{id}/owner': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: { content: { 'application/json': { ownerId: string } } };
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': Breach } } };
    };
  };
}

const ownerApi = api as unknown as Client<OwnerPaths>;

/** Hands the breach over to another active officer (who is mailed); the same owner changes nothing. */
export async function handOverBreach(id: string, ownerId: string): Promise<Breach> {
  return dataOf(await ownerApi.POST('/api/breaches/{id}/owner', { params: { path: { id } }, body: { ownerId } }));
}
