import assert from "node:assert/strict";
import { connect, type Socket } from "node:net";
import { after, before, describe, it } from "node:test";
import { GatewayUnderTest } from "./testing/gateway-under-test.ts";

const maxRequestBytes = 256 * 1024;

/**
 * What a client that keeps sending sees when its body is too large: the 413
 * must reach it before the gateway closes the connection, also while the
 * client is still writing (a reset would throw away the answer unread).
 */
describe("gateway 413 over a real socket that keeps sending", () => {
  let gateway: GatewayUnderTest;
  let port: number;
  let token: string;

  before(async () => {
    gateway = await GatewayUnderTest.start("gw-oversize-socket", {
      env: { MAX_REQUEST_BYTES: String(maxRequestBytes), MAX_DECOMPRESSED_BYTES: String(maxRequestBytes) },
    });
    token = await gateway.issueToken(await gateway.enrolCollector());
    const url = new URL(await gateway.app.listen({ host: "127.0.0.1", port: 0 }));
    port = Number(url.port);
  });

  after(async () => {
    await gateway.close();
  });

  /**
   * Sends the head, then body chunks as fast as the socket takes them until
   * the connection ends (or `limitBytes` were sent); returns what came back.
   */
  const sendAndKeepSending = (
    head: string,
    chunk: Buffer,
    limitBytes: number,
    options: { readOnlyAfterSending?: boolean } = {},
  ) =>
    new Promise<{ response: string; sentBytes: number; error: string | undefined }>((resolve) => {
      const socket: Socket = connect({ host: "127.0.0.1", port });
      const received: Buffer[] = [];
      let sentBytes = 0;
      let error: string | undefined;
      let ended = false;
      const finish = () => {
        if (ended) return;
        ended = true;
        resolve({ response: Buffer.concat(received).toString("latin1"), sentBytes, error });
      };
      // Like a simple client, it may read the answer only after it has sent its
      // body (or could send no more): whatever the gateway answered waits in the socket.
      if (options.readOnlyAfterSending === true) socket.pause();
      socket.on("data", (data) => received.push(data));
      socket.on("error", (cause: NodeJS.ErrnoException) => {
        error = cause.code ?? cause.message;
        socket.resume();
      });
      socket.on("close", finish);
      const pump = () => {
        while (!socket.destroyed && sentBytes < limitBytes) {
          sentBytes += chunk.length;
          if (!socket.write(chunk)) {
            socket.once("drain", pump);
            return;
          }
        }
        if (!socket.destroyed) socket.end();
        socket.resume();
      };
      socket.once("connect", () => {
        socket.write(head);
        pump();
      });
    });

  const headFor = (framing: string) =>
    [
      "POST /v1/batches HTTP/1.1",
      "Host: 127.0.0.1",
      "Content-Type: application/json",
      `Authorization: Bearer ${token}`,
      framing,
      "",
      "",
    ].join("\r\n");

  it("answers a body a few times over the limit 413, and the answer survives until a client that reads last reads it", async () => {
    const declared = 4 * 1024 * 1024;
    const result = await sendAndKeepSending(
      headFor(`Content-Length: ${declared}`),
      Buffer.alloc(64 * 1024, 0x20),
      declared,
      { readOnlyAfterSending: true },
    );
    assert.match(
      result.response,
      /^HTTP\/1\.1 413 /,
      `got ${JSON.stringify(result.response.slice(0, 80))}, ${result.error}`,
    );
    assert.match(result.response, /"code":"request_too_large"/);
  });

  it("answers an endless chunked body 413 request_too_large while it is still being sent, then cuts it off", async () => {
    const chunkBody = Buffer.alloc(16 * 1024, 0x20);
    const chunk = Buffer.concat([
      Buffer.from(`${chunkBody.length.toString(16)}\r\n`),
      chunkBody,
      Buffer.from("\r\n"),
    ]);
    const result = await sendAndKeepSending(headFor("Transfer-Encoding: chunked"), chunk, 64 * 1024 * 1024);
    assert.match(
      result.response,
      /^HTTP\/1\.1 413 /,
      `got ${JSON.stringify(result.response.slice(0, 80))}, ${result.error}`,
    );
    assert.match(result.response, /"code":"request_too_large"/);
    assert.ok(result.sentBytes >= maxRequestBytes, "the refusal came once the limit was reached");
    assert.ok(result.sentBytes < 64 * 1024 * 1024, "the gateway did not read the whole endless body");
  });
});
