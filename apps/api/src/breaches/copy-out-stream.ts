import { Readable } from 'node:stream';

interface WireConnection {
  query(text: string): void;
  stream: { pause(): void; resume(): void };
}

/**
 * COPY TO STDOUT as a readable stream of CSV bytes, submitted to a pg client (the protocol
 * messages that pg-copy-streams handles, without the dependency). Backpressure pauses the
 * socket, so memory stays flat.
 */
const PIECE_BYTES = 65_536;

export class CopyOutStream extends Readable {
  private connection?: WireConnection;
  /** The server reported the COPY complete: the connection can go back to the pool. */
  complete = false;

  constructor(private readonly text: string) {
    super();
  }

  submit(connection: WireConnection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  // COPY sends one message per row. Its bytes are a view into pg's read buffer, which pg
  // reuses for the next socket read, so they are copied out at once into ~64 KB pieces (also
  // one write and one HTTP chunk per piece rather than per row).
  private piece = Buffer.allocUnsafe(PIECE_BYTES);
  private used = 0;

  handleCopyData(message: { chunk: Buffer }): void {
    const { chunk } = message;
    if (this.used + chunk.length > PIECE_BYTES && !this.flush()) this.connection?.stream.pause();
    if (chunk.length >= PIECE_BYTES) {
      if (!this.push(Buffer.from(chunk))) this.connection?.stream.pause();
      return;
    }
    chunk.copy(this.piece, this.used);
    this.used += chunk.length;
  }

  handleCommandComplete(): void {
    this.complete = true;
  }

  handleReadyForQuery(): void {
    this.flush();
    this.push(null);
    // The last rows may have paused the socket; the connection goes back to the pool reading.
    this.connection?.stream.resume();
  }

  handleEmptyQuery(): void {
    this.push(null);
  }

  private flush(): boolean {
    if (this.used === 0) return true;
    const piece = this.piece.subarray(0, this.used);
    this.piece = Buffer.allocUnsafe(PIECE_BYTES);
    this.used = 0;
    return this.push(piece);
  }

  handleError(error: Error): void {
    this.complete = true;
    this.destroy(error);
    this.connection?.stream.resume();
  }

  override _read(): void {
    this.connection?.stream.resume();
  }
}
