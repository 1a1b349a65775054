// Local Cosmos DB API server for development and tests only (never deployed).
// Usage: node server.js <certPem> <keyPem> [port]
// Prints one JSON line {"port":N} once listening; exits when stdin closes so that it
// never outlives the .NET process that started it.
"use strict";
const fs = require("fs");
const { createHttpsServer } = require("@vercel/cosmosdb-server");

const [certPath, keyPath, portArg] = process.argv.slice(2);
if (!certPath || !keyPath) {
  console.error("usage: node server.js <certPem> <keyPem> [port]");
  process.exit(2);
}

const server = createHttpsServer({
  cert: fs.readFileSync(certPath),
  key: fs.readFileSync(keyPath),
  keepAlive: true,
});

server.listen(Number(portArg || 0), "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + "\n");
});

process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
