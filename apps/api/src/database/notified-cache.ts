/**
 * An in-memory cache whose entries the database's change notifications clear
 * (change-notifications.ts). It remembers nothing while notifications do not arrive, and a value
 * read before a change is not stored after it: `mark()` before reading, `set(…, mark)` after.
 */
export class NotifiedCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  /** Bumped by every invalidation: a lookup that began before one must not store its result. */
  private generation = 0;

  constructor(
    private readonly live: () => boolean,
    private readonly limits: {
      /** A backstop: an entry is asked again after this long even if no notification came. */
      ttlMs: number;
      /** The least recently used entries go first beyond this many. */
      maxEntries: number;
    },
  ) {}

  get enabled(): boolean {
    return this.live();
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now = Date.now()): V | undefined {
    if (!this.live()) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now >= entry.expiresAt) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.value;
  }

  mark(): number {
    return this.generation;
  }

  /** `until`: the value stops being true then (a deadline on it passes), whatever else happens. */
  set(key: string, value: V, mark: number, options: { now?: number; until?: number | null } = {}): void {
    if (!this.live() || mark !== this.generation) return;
    const now = options.now ?? Date.now();
    const expiresAt = Math.min(now + this.limits.ttlMs, options.until ?? Infinity);
    if (expiresAt <= now) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  /** Forgets one key, the entries a test picks, or (without arguments) everything. */
  forget(which?: string | ((value: V) => boolean)): void {
    this.generation++;
    if (which === undefined) this.entries.clear();
    else if (typeof which === 'string') this.entries.delete(which);
    else for (const [key, entry] of this.entries) if (which(entry.value)) this.entries.delete(key);
  }
}
