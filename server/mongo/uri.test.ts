import { ConnectionString } from "mongodb-connection-string-url";
import { describe, expect, it } from "vitest";
import { databaseUri, isValidMongoUrl, userDatabaseName } from "./uri";

const creds = { username: "kiln_u_abc", password: "p4ss-W0rd_x" };

function parts(uri: string) {
  const cs = new ConnectionString(uri);
  return {
    scheme: cs.protocol,
    hosts: cs.hosts,
    user: decodeURIComponent(cs.username),
    password: decodeURIComponent(cs.password),
    db: cs.pathname,
    query: Object.fromEntries(cs.searchParams.entries()),
  };
}

describe("userDatabaseName", () => {
  it("prefixes the user id", () => expect(userDatabaseName("cmabc123")).toBe("kiln_u_cmabc123"));
  it("refuses ids that cannot name a database", () => {
    expect(() => userDatabaseName("a.b")).toThrow();
    expect(() => userDatabaseName("")).toThrow();
  });
});

describe("databaseUri with the user's credentials", () => {
  it("keeps every replica-set host and option, swaps credentials, path and authSource", () => {
    const base =
      "mongodb://admin:secret@db1.example:27017,db2.example:27018,db3.example/admin?replicaSet=rs0&tls=true&w=majority&authSource=admin";
    expect(parts(databaseUri(base, "kiln_u_abc", creds))).toEqual({
      scheme: "mongodb:",
      hosts: ["db1.example:27017", "db2.example:27018", "db3.example"],
      user: "kiln_u_abc",
      password: "p4ss-W0rd_x",
      db: "/kiln_u_abc",
      query: { replicaSet: "rs0", tls: "true", w: "majority", authSource: "kiln_u_abc", authMechanism: "SCRAM-SHA-256" },
    });
  });

  it("works for mongodb+srv", () => {
    const p = parts(databaseUri("mongodb+srv://ops:pw@cluster0.example.net/?retryWrites=true&appName=kiln", "kiln_u_abc", creds));
    expect(p).toMatchObject({ scheme: "mongodb+srv:", hosts: ["cluster0.example.net"], user: "kiln_u_abc", db: "/kiln_u_abc" });
    expect(p.query).toEqual({ retryWrites: "true", appName: "kiln", authSource: "kiln_u_abc", authMechanism: "SCRAM-SHA-256" });
  });

  it("works without platform credentials and replaces other mechanisms and option casing", () => {
    const p = parts(
      databaseUri("mongodb://127.0.0.1:27017/?directConnection=true&authsource=admin&authMechanism=SCRAM-SHA-1", "kiln_u_x", creds),
    );
    expect(p.query).toEqual({ directConnection: "true", authsource: "kiln_u_x", authMechanism: "SCRAM-SHA-256" });
    expect(p).toMatchObject({ hosts: ["127.0.0.1:27017"], user: "kiln_u_abc", db: "/kiln_u_x" });
  });

  it("percent-encodes credentials", () => {
    const uri = databaseUri("mongodb://h/", "kiln_u_x", { username: "kiln_u_x", password: "a@b:c/d" });
    expect(uri).toContain("a%40b%3Ac%2Fd@");
    expect(parts(uri).password).toBe("a@b:c/d");
  });
});

describe("databaseUri without credentials (isolation not enforced)", () => {
  it("keeps the platform's credentials authenticating where they did (path database)", () => {
    const p = parts(databaseUri("mongodb://ops:pw@h1,h2/platform?replicaSet=rs", "kiln_u_x"));
    expect(p).toMatchObject({ user: "ops", password: "pw", db: "/kiln_u_x", hosts: ["h1", "h2"] });
    expect(p.query).toEqual({ replicaSet: "rs", authSource: "platform" });
  });

  it("defaults to admin, and keeps an explicit authSource", () => {
    expect(parts(databaseUri("mongodb://ops:pw@h/", "kiln_u_x")).query).toEqual({ authSource: "admin" });
    expect(parts(databaseUri("mongodb://ops:pw@h/?authSource=ops", "kiln_u_x")).query).toEqual({ authSource: "ops" });
  });

  it("adds nothing for anonymous or external mechanisms", () => {
    expect(parts(databaseUri("mongodb://h/?tls=true", "kiln_u_x")).query).toEqual({ tls: "true" });
    expect(parts(databaseUri("mongodb://CN%3Dx@h/?authMechanism=MONGODB-X509", "kiln_u_x")).query).toEqual({
      authMechanism: "MONGODB-X509",
    });
  });
});

it("tells a connection string from something else", () => {
  expect(isValidMongoUrl("mongodb://h:1/")).toBe(true);
  expect(isValidMongoUrl("postgres://h/")).toBe(false);
  expect(isValidMongoUrl("not a url")).toBe(false);
});
