import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { SmtpSenderThread, type SmtpMail } from './smtp-sender-thread';

function startSink(): Promise<{ port: number; messages: string[]; close: () => Promise<void> }> {
  const messages: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as AddressInfo;
      resolve({ port, messages, close: () => new Promise<void>((r) => server.close(() => r())) });
    });
  });
}

const mail = (n: number): SmtpMail => ({
  from: { name: 'Veilig & Zeker B.V.', address: 'lekwacht@localhost' },
  to: { name: `Klant ${n}`, address: `klant${n}@example.org` },
  subject: `Melding ${n}`,
  text: `Tekst ${n}`,
  html: `<p>Tekst ${n}</p>`,
  messageId: `<m${n}@lekwacht.test>`,
  headers: { 'X-Lekwacht-Message': `id-${n}` },
});

describe('SmtpSenderThread', () => {
  it('delivers each message once, as composed by nodemailer, and can start again after closing', async () => {
    const sink = await startSink();
    const sender = new SmtpSenderThread(`smtp://127.0.0.1:${sink.port}?pool=true&maxConnections=2`);
    try {
      await Promise.all(Array.from({ length: 20 }, (_, n) => sender.send(mail(n))));
      expect(sink.messages).toHaveLength(20);
      const ids = sink.messages.map((m) => /^Message-ID: (.+)$/im.exec(m)?.[1]?.trim());
      expect(new Set(ids).size).toBe(20);
      const seventh = sink.messages.find((m) => m.includes('<m7@lekwacht.test>')) ?? '';
      expect(seventh).toMatch(/^X-Lekwacht-Message: id-7$/m);
      expect(seventh).toMatch(/^From: "Veilig & Zeker B.V." <lekwacht@localhost>$/m);
      expect(seventh).toMatch(/^To: Klant 7 <klant7@example.org>$/m);

      await sender.close();
      await sender.send(mail(99));
      expect(sink.messages).toHaveLength(21);
    } finally {
      await sender.close();
      await sink.close();
    }
  });

  it("fails a message with the SMTP peer's error when it cannot be delivered", async () => {
    const sink = await startSink();
    await sink.close(); // nothing listens on the port any more
    const sender = new SmtpSenderThread(`smtp://127.0.0.1:${sink.port}`);
    try {
      await expect(sender.send(mail(1))).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await sender.close();
    }
  });

  it('fails the messages in flight when the thread stops, and the next message starts a new thread', async () => {
    const sink = await startSink();
    const sender = new SmtpSenderThread(`smtp://127.0.0.1:${sink.port}`);
    try {
      const inFlight = sender.send(mail(1));
      await sender.close();
      await expect(inFlight).rejects.toThrow(/mail sender thread stopped/);
      await sender.send(mail(2));
      expect(sink.messages.some((m) => m.includes('<m2@lekwacht.test>'))).toBe(true);
    } finally {
      await sender.close();
      await sink.close();
    }
  });
});
