import type { OpenAPIObject } from '@nestjs/swagger';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As documented, e.g. /api/breaches/{id}. */
  path: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the generated OpenAPI document: the route list the security tests cover. */
export function operationsOf(doc: OpenAPIObject): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((method) => ({ method, path })),
  );
}

/** Fills path parameters: known ids where given, otherwise a well-formed id that does not exist. */
export function concretePath(path: string, ids: Record<string, string> = {}): string {
  return path.replace(
    /\{(\w+)\}/g,
    (_, name: string) =>
      ids[name] ?? (name === 'token' || name === 'language' ? 'nl' : '00000000-0000-4000-8000-000000000000'),
  );
}

export const key = (op: Operation) => `${op.method.toUpperCase()} ${op.path}`;
