// PDF reader: a small pool of long-lived child processes running pdf.js (pdf-worker.ts). The
// parent enforces what a child cannot enforce on itself: a wall-clock limit per file and a limit
// on resident memory (pdf.js's decompressed buffers live outside the V8 heap limit).

import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IngestError, type IngestLimits, type ReaderOutput } from '../model/types.ts';
import type { ReadReply, ReadRequest } from './pdf-worker.ts';

export interface PdfReader {
  read(path: string): Promise<ReaderOutput>;
  close(): Promise<void>;
}

/** The reader plus what a benchmark wants to sample. */
export interface PdfReaderPool extends PdfReader {
  /** Process ids of the live children. */
  childPids(): number[];
}

const WORKER = fileURLToPath(new URL('./pdf-worker.ts', import.meta.url));
const require = createRequire(import.meta.url);
const TSX_LOADER = pathToFileURL(require.resolve('tsx')).href;
// pdf.js (and its in-process "fake worker") is loaded natively before tsx's loader is registered:
// through tsx the two files take ~1.5 s and ~100 MB more to load in every child.
const PDFJS_PRELOAD =
  'data:text/javascript,' +
  encodeURIComponent(
    [
      `await import(${JSON.stringify(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)});`,
      `globalThis.pdfjsWorker = await import(${JSON.stringify(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href)});`,
    ].join('\n'),
  );
/** How often busy children's resident memory is checked. */
const POLL_MS = 100;
/** A child is replaced after this many files, so slow leaks in pdf.js never add up. */
const FILES_PER_CHILD = 200;

interface Job {
  id: number;
  path: string;
  resolve(out: ReaderOutput): void;
  reject(e: Error): void;
}

interface Child {
  proc: ChildProcess;
  job?: Job;
  timer?: NodeJS.Timeout;
  killedFor?: 'timeout' | 'memory';
  peakRssMb: number;
  files: number;
  stderr: string;
  exited: Promise<void>;
}

/** Resident set size of a process in MB, or undefined where /proc is not available. */
export function rssMb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function createPdfReader(opts: { concurrency: number; limits: IngestLimits }): PdfReaderPool {
  const { limits } = opts;
  const size = Math.max(1, Math.floor(opts.concurrency));
  const children: Child[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let poller: NodeJS.Timeout | undefined;

  function spawn(): Child {
    const proc = fork(WORKER, [], {
      execArgv: ['--import', PDFJS_PRELOAD, '--import', TSX_LOADER, `--max-old-space-size=${Math.max(64, Math.floor(limits.pdfMemoryMb))}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const child: Child = { proc, peakRssMb: 0, files: 0, stderr: '', exited: Promise.resolve() };
    child.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    proc.stderr?.setEncoding('utf8');
    proc.stderr?.on('data', (s: string) => {
      child.stderr = (child.stderr + s).slice(-2000);
    });
    proc.on('message', (msg: ReadReply | { type: 'ready' }) => {
      if (msg.type !== 'done' || !child.job || child.job.id !== msg.id) return;
      const job = child.job;
      finish(child);
      child.files++;
      if (msg.ok) job.resolve(msg.output);
      else job.reject(new IngestError(msg.code, msg.message));
      if (child.files >= FILES_PER_CHILD) retire(child);
      dispatch();
    });
    proc.on('error', () => undefined); // 'exit' follows and reports
    proc.once('exit', (code, signal) => {
      const i = children.indexOf(child);
      if (i >= 0) children.splice(i, 1);
      const job = child.job;
      finish(child);
      if (job) job.reject(crashError(child, code, signal));
      dispatch();
    });
    idle(child);
    children.push(child);
    return child;
  }

  function crashError(child: Child, code: number | null, signal: NodeJS.Signals | null): IngestError {
    if (child.killedFor === 'timeout') {
      return new IngestError('timeout', `PDF took longer than ${limits.pdfTimeoutMs} ms to parse and was abandoned (raise limits.pdfTimeoutMs if the file is just very large)`);
    }
    const heap = /heap limit|allocation failed|out of memory|invalid array length|ENOMEM/i.test(child.stderr);
    if (child.killedFor === 'memory' || heap) {
      return new IngestError('out_of_memory', `PDF parser exceeded ${limits.pdfMemoryMb} MB (peak ${Math.round(child.peakRssMb)} MB) and was stopped: likely a decompression bomb or an extremely complex page (raise limits.pdfMemoryMb to allow more)`);
    }
    const why = signal ? `signal ${signal}` : `exit code ${code}`;
    const tail = child.stderr.trim().split('\n').pop()?.slice(0, 160);
    return new IngestError('corrupt_pdf', `PDF parser crashed (${why}${tail ? `: ${tail}` : ''}); the file is probably malformed`);
  }

  function idle(child: Child): void {
    child.proc.unref();
    (child.proc.channel as { unref?: () => void } | undefined)?.unref?.();
    (child.proc.stderr as { unref?: () => void } | null)?.unref?.();
  }

  function busy(child: Child): void {
    child.proc.ref();
    (child.proc.channel as { ref?: () => void } | undefined)?.ref?.();
  }

  function finish(child: Child): void {
    if (child.timer) clearTimeout(child.timer);
    child.timer = undefined;
    child.job = undefined;
    if (child.proc.exitCode === null && child.proc.signalCode === null) idle(child);
  }

  function retire(child: Child): void {
    const i = children.indexOf(child);
    if (i >= 0) children.splice(i, 1);
    if (child.proc.connected) child.proc.send({ type: 'exit' }, () => undefined);
    setTimeout(() => child.proc.kill('SIGKILL'), 2000).unref();
  }

  function kill(child: Child, why: 'timeout' | 'memory'): void {
    child.killedFor = why;
    child.proc.kill('SIGKILL');
  }

  function poll(): void {
    let anyBusy = false;
    for (const c of children) {
      if (!c.job || c.proc.pid === undefined) continue;
      anyBusy = true;
      const mb = rssMb(c.proc.pid);
      if (mb === undefined) continue;
      c.peakRssMb = Math.max(c.peakRssMb, mb);
      if (mb > limits.pdfMemoryMb && !c.killedFor) kill(c, 'memory');
    }
    if (!anyBusy && poller) {
      clearInterval(poller);
      poller = undefined;
    }
  }

  function dispatch(): void {
    if (closed) return;
    while (queue.length) {
      let child = children.find((c) => !c.job);
      if (!child) {
        if (children.length >= size) return;
        child = spawn();
      }
      const job = queue.shift()!;
      child.job = job;
      child.peakRssMb = 0;
      busy(child);
      const c = child;
      c.timer = setTimeout(() => kill(c, 'timeout'), limits.pdfTimeoutMs);
      const req: ReadRequest = { type: 'read', id: job.id, path: job.path, limits };
      c.proc.send(req, (err) => {
        if (err && !c.killedFor) c.proc.kill('SIGKILL');
      });
      poller ??= setInterval(poll, POLL_MS);
    }
  }

  async function read(file: string): Promise<ReaderOutput> {
    if (closed) throw new Error('PDF reader is closed');
    let bytes: number;
    try {
      const st = await stat(file);
      if (!st.isFile()) throw new IngestError('unreadable', `${file} is not a regular file`);
      bytes = st.size;
    } catch (e) {
      if (e instanceof IngestError) throw e;
      throw new IngestError('unreadable', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (bytes === 0) throw new IngestError('empty', 'PDF file is empty (0 bytes): re-download it');
    if (bytes > limits.maxFileBytes) {
      throw new IngestError('too_large', `PDF is ${(bytes / 1048576).toFixed(1)} MB, above the ${(limits.maxFileBytes / 1048576).toFixed(0)} MB limit (raise limits.maxFileBytes or split the file)`);
    }
    return new Promise<ReaderOutput>((resolve, reject) => {
      queue.push({ id: nextId++, path: file, resolve, reject });
      dispatch();
    });
  }

  async function close(): Promise<void> {
    closed = true;
    for (const job of queue.splice(0)) job.reject(new Error('PDF reader closed before the file was read'));
    if (poller) clearInterval(poller);
    poller = undefined;
    const all = children.splice(0);
    for (const c of all) {
      const job = c.job;
      finish(c);
      job?.reject(new Error('PDF reader closed while the file was being read'));
      // Referenced again so that awaiting the exit keeps the event loop alive.
      c.proc.ref();
      c.proc.kill('SIGKILL');
    }
    await Promise.all(all.map((c) => c.exited));
  }

  return {
    read,
    close,
    childPids: () => children.flatMap((c) => (c.proc.pid === undefined ? [] : [c.proc.pid])),
  };
}
