// What the bench scripts read about a server process.
import { readFileSync } from 'node:fs';

/** A process's resident memory in MB (Linux /proc). */
export function rssOf(pid) {
  return Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}
