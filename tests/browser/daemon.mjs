// The real dpfeed daemon for the browser tests: a temporary directory with
// a config (listen 127.0.0.1:0, a clock file the tests move), `dpfeed
// serve` as a child process, and the CLI against the same config.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class Daemon {
  constructor(binary) {
    this.binary = binary;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpfeed-browser-'));
    this.config = path.join(this.dir, 'dpfeed.jsonc');
    fs.writeFileSync(this.config, JSON.stringify({
      listen: '127.0.0.1:0', database: 'dpfeed.db', jurisdiction: '安丘市', clock_file: 'clock',
      shutdown_drain_s: 2,
      channels: { portal: { sink: 'file', dir: 'published/portal' },
                  credit: { sink: 'file', dir: 'published/credit' } },
      schedule: { tick_minutes: 1 },
    }));
  }

  // Runs `dpfeed ARGS --config CONFIG`; returns stdout (throws on failure).
  cli(args, input) {
    return execFileSync(this.binary, [...args, '--config', this.config],
                        { input: input ?? '', encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  }

  setClock(shanghai) { fs.writeFileSync(path.join(this.dir, 'clock'), shanghai); }

  async start() {
    this.proc = spawn(this.binary, ['serve', '--config', this.config],
                      { stdio: ['ignore', 'pipe', fs.openSync(path.join(this.dir, 'daemon.log'), 'a')] });
    this.port = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('daemon did not start: ' + this.log())), 60000);
      this.proc.stdout.on('data', (chunk) => {
        out += chunk;
        const m = out.match(/listening on [^\s]*:(\d+)/);
        if (m) { clearTimeout(timer); resolve(Number(m[1])); }
      });
      this.proc.on('exit', (code) => reject(new Error(`daemon exited ${code}: ${this.log()}`)));
    });
    this.url = `http://127.0.0.1:${this.port}`;
  }

  log() { try { return fs.readFileSync(path.join(this.dir, 'daemon.log'), 'utf8'); } catch { return ''; } }

  async stop() {
    if (this.proc && this.proc.exitCode === null) {
      const exited = new Promise((resolve) => this.proc.on('exit', resolve));
      this.proc.kill('SIGTERM');
      await exited;
    }
    if (!process.env.DPFEED_KEEP_TEST_DIRS) fs.rmSync(this.dir, { recursive: true, force: true });
  }

  // An API call with a bearer token; resolves to { status, json }.
  async api(method, route, token, body) {
    const res = await fetch(this.url + route, {
      method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, json, text };
  }
}
