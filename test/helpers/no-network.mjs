// Preload (node --import) that makes every way of opening a network connection fail loudly: each attempt is
// written to stderr and, when NO_NETWORK_LOG names a file, appended there (from any thread), then thrown.
// Loading is logged too (`loaded thread N`), so a test can prove the patch ran in the worker threads.
// Unix-domain sockets and pipes are left alone only when they are not connected: the CLI needs none.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { threadId } from 'node:worker_threads';

const log = process.env.NO_NETWORK_LOG;

function record(line) {
  if (log) appendFileSync(log, `${line}\n`);
}

function blocked(what) {
  const message = `no-network: blocked ${what} in thread ${threadId}`;
  record(message);
  process.stderr.write(`${message}\n`);
  throw new Error(message);
}

function patch(target, name, label) {
  if (typeof target[name] !== 'function') return;
  Object.defineProperty(target, name, {
    configurable: true,
    writable: true,
    value: function blockedCall() {
      return blocked(label);
    },
  });
}

patch(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect');
patch(net, 'connect', 'net.connect');
patch(net, 'createConnection', 'net.createConnection');
patch(tls, 'connect', 'tls.connect');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  patch(dns, name, `dns.${name}`);
  patch(dns.promises, name, `dns.promises.${name}`);
}
for (const [module, label] of [[http, 'http'], [https, 'https']]) {
  patch(module, 'request', `${label}.request`);
  patch(module, 'get', `${label}.get`);
}
patch(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') patch(globalThis, 'WebSocket', 'WebSocket');

record(`loaded thread ${threadId}`);
