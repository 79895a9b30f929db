/** Where to go after login: only same-app paths, never another origin ("//evil", "https:"). */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

export const loginPathFor = (location: { pathname: string; search: string; hash: string }) => {
  const next = `${location.pathname}${location.search}${location.hash}`;
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
};
