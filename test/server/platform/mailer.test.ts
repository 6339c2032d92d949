import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { createMailer, smtpOptions } from "../../../server/platform/mailer";

test("SMTP_URL is pooled unless it says pool=false; plain and STARTTLS connections get a socket without Nagle's delay", () => {
  const plain = smtpOptions("smtp://user:pass@mail.example:587");
  expect(plain).toMatchObject({ host: "mail.example", port: 587, secure: false, pool: true, auth: { user: "user", pass: "pass" } });
  expect(typeof plain.getSocket).toBe("function");
  expect(smtpOptions("smtp://mail.example:25?pool=false").pool).toBe(false);
  const tls = smtpOptions("smtps://mail.example:465");
  expect(tls).toMatchObject({ secure: true, pool: true });
  expect(tls.getSocket).toBeUndefined();
});

test("a pooled mailer sends several messages over one SMTP connection, and close() ends it", async () => {
  let connections = 0;
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    disableReverseLookup: true,
    closeTimeout: 200,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onData(stream, _session, callback) {
      stream.on("end", () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: "es@test.example", mailDir: "/nonexistent" });
  for (let n = 0; n < 5; n++) {
    await mailer.send({ to: `m${n}@test.example`, subject: `Message ${n}`, text: "text", html: "<p>html</p>", messageId: `<pool-${n}@test.example>` });
  }
  expect({ connections, received }).toEqual({ connections: 1, received: 5 });
  mailer.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test("a server that refuses the connection fails the send with an error (the outbox retries it)", async () => {
  const server = new SMTPServer({ logger: false });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: "es@test.example", mailDir: "/nonexistent" });
  await expect(mailer.send({ to: "a@test.example", subject: "s", text: "t", html: "h", messageId: "<refused@test.example>" })).rejects.toThrow(/ECONNREFUSED/);
  mailer.close();
});
