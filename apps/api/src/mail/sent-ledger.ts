/**
 * Records deliveries the SMTP peer accepted, in small groups, and never drops one: a group whose
 * UPDATE fails (a dropped connection, a restarting server) goes back to the front and is written
 * again until it commits. Losing that record is what made one dropped connection re-send a whole
 * claimed batch once its lease ran out.
 */
export class SentLedger {
  private pending: string[] = [];
  private writing: Promise<void> = Promise.resolve();
  private failures = 0;

  constructor(
    private readonly write: (ids: string[]) => Promise<void>,
    private readonly options: {
      groupSize: number;
      retryDelayMs: number;
      /** Still worth retrying? (false once the app is shutting down.) */
      keepTrying: () => boolean;
      onWriteFailed?: (err: unknown, ids: string[]) => void;
    },
  ) {}

  /** Notes one accepted message; writes a group once it is full. */
  record(id: string): Promise<void> {
    this.pending.push(id);
    return this.pending.length >= this.options.groupSize ? this.flush() : Promise.resolve();
  }

  /** Writes everything noted so far; resolves once it has committed (or the app stops). */
  flush(): Promise<void> {
    this.writing = this.writing.then(() => this.writePending());
    return this.writing;
  }

  /** Failed writes so far (for logs and tests). */
  get failedWrites(): number {
    return this.failures;
  }

  private async writePending(): Promise<void> {
    while (this.pending.length > 0) {
      const ids = this.pending.splice(0);
      try {
        await this.write(ids);
      } catch (err) {
        this.failures++;
        this.pending.unshift(...ids);
        this.options.onWriteFailed?.(err, ids);
        if (!this.options.keepTrying()) return;
        await new Promise((r) => setTimeout(r, this.options.retryDelayMs));
      }
    }
  }
}
