import http from "node:http";

/**
 * An HTTP "gate" for deploys that must stay in progress until the test says so: an app's
 * import calls `httpx.get(GATE_URL)`, and the answer waits for `open()`. Unlike the runtime
 * tests' named pipe, this passes the validator (httpx and os.environ are allowed).
 */
export interface GateServer {
  url: string;
  /** Resolves when the first request arrives (the app's import has begun). */
  reached: Promise<void>;
  open(): void;
  close(): Promise<void>;
}

export const GATED_APP = `import os

import httpx
from fastapi import FastAPI

# The import waits for the test to open the gate: the deploy stays at "starting" until then.
httpx.get(os.environ["GATE_URL"], timeout=60)

app = FastAPI()


@app.get("/")
def root() -> dict[str, str]:
    return {"message": "through the gate"}
`;

export async function startGate(): Promise<GateServer> {
  let isOpen = false;
  const waiting: http.ServerResponse[] = [];
  let reach!: () => void;
  const reached = new Promise<void>((r) => {
    reach = r;
  });
  const server = http.createServer((_req, res) => {
    reach();
    if (isOpen) res.end("open");
    else waiting.push(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/gate`,
    reached,
    open() {
      isOpen = true;
      for (const res of waiting.splice(0)) res.end("open");
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
