'use strict';
// A fake Pulumi engine: serves pulumirpc.Engine (Pulumi's generated EngineService) on 127.0.0.1:0 and records
// every Log call, so tests can assert diagnostics and ephemeral status lines as they arrive.
const grpc = require('@grpc/grpc-js');
const { EngineService } = require('@pulumi/pulumi/proto/engine_grpc_pb.js');
const enginePb = require('@pulumi/pulumi/proto/engine_pb.js');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb.js');

const unimplemented = (name) => (_call, callback) =>
  callback({ code: grpc.status.UNIMPLEMENTED, details: `fake engine does not implement ${name}` });

class FakeEngine {
  constructor() {
    this.logs = [];
    this.waiters = [];
    this.server = new grpc.Server();
    this.server.addService(EngineService, {
      log: (callRef, callback) => {
        const entry = callRef.request.toObject();
        this.logs.push(entry);
        this.waiters = this.waiters.filter((w) => !w.check(entry));
        callback(null, new Empty());
      },
      getRootResource: (_call, callback) => callback(null, new enginePb.GetRootResourceResponse()),
      setRootResource: (_call, callback) => callback(null, new enginePb.SetRootResourceResponse()),
      startDebugging: unimplemented('StartDebugging'),
      requirePulumiVersion: unimplemented('RequirePulumiVersion'),
    });
  }

  /** Binds to a free loopback port; resolves to the address to pass to the provider ("127.0.0.1:<port>"). */
  start() {
    return new Promise((resolve, reject) => {
      this.server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => {
        if (error) return reject(error);
        this.address = `127.0.0.1:${port}`;
        resolve(this.address);
      });
    });
  }

  /** Resolves with the first log entry (seen or future) that matches `predicate`; rejects after `timeoutMs`. */
  waitForLog(predicate, timeoutMs = 5000) {
    const seen = this.logs.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching Log call within ${timeoutMs} ms; got ${JSON.stringify(this.logs)}`));
      }, timeoutMs);
      const waiter = {
        check: (entry) => {
          if (!predicate(entry)) return false;
          clearTimeout(timer);
          resolve(entry);
          return true;
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Ephemeral status lines (LogRequest.ephemeral = 5), e.g. "waiting for …" while a resource settles. */
  statusLines() {
    return this.logs.filter((l) => l.ephemeral);
  }

  stop() {
    return new Promise((resolve) => this.server.tryShutdown(() => resolve()));
  }
}

/** pulumirpc.LogSeverity as Pulumi defines it. */
const LogSeverity = enginePb.LogSeverity;

module.exports = { FakeEngine, LogSeverity };
