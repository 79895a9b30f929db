import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** What the sender thread needs of one message: plain data, copied to the thread. */
export interface SmtpMail {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

interface Pending {
  resolve: () => void;
  reject: (err: Error) => void;
}

interface Reply {
  id: number;
  error?: string;
}

// CommonJS run by the thread itself (not bundled): nodemailer from the path the app resolved.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const nodemailer = require(workerData.nodemailerPath);
const transport = nodemailer.createTransport(workerData.url);
parentPort.on('message', ({ id, mail }) => {
  transport.sendMail(mail).then(
    () => parentPort.postMessage({ id }),
    (err) => parentPort.postMessage({ id, error: (err && err.message) || String(err) }),
  );
});
`;

/** Node's own `require`, also inside the webpack bundle (where `require.resolve` gives a module id). */
const nodeRequire = createRequire(__filename);

/**
 * nodemailer's pooled SMTP transport in a thread of its own. Composing MIME (quoted-printable
 * HTML and text, headers) is most of the cost of a message; in the app's main thread it competed
 * with claiming, recording and settling the outbox, and delivery reached some 0.7 of a bare
 * nodemailer loop. In its own thread it runs beside them on the machine's second core.
 *
 * A thread that dies fails the messages it held (they go back to the outbox like any failed
 * attempt) and the next message starts a new one.
 */
export class SmtpSenderThread {
  private current: { worker: Worker; pending: Map<number, Pending> } | null = null;
  private nextId = 1;

  constructor(private readonly url: string) {}

  send(mail: SmtpMail): Promise<void> {
    const { worker, pending } = this.current ?? this.start();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      if (pending.size === 1) worker.ref();
      worker.postMessage({ id, mail });
    });
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (current) await current.worker.terminate();
  }

  private start(): { worker: Worker; pending: Map<number, Pending> } {
    const worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: { url: this.url, nodemailerPath: nodeRequire.resolve('nodemailer') },
    });
    // messages of this thread only: a stopped thread fails its own, not those of its successor
    const pending = new Map<number, Pending>();
    // an idle sender keeps nobody alive (tests and shutdown); one with messages in flight does
    worker.unref();
    worker.on('message', ({ id, error }: Reply) => {
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      if (pending.size === 0) worker.unref();
      if (error === undefined) p.resolve();
      else p.reject(new Error(error));
    });
    const fail = (err: Error) => {
      if (this.current?.worker === worker) this.current = null;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`mail sender thread stopped (exit code ${code})`)));
    this.current = { worker, pending };
    return this.current;
  }
}
