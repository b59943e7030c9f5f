// What the bench scripts read about a server process.
import { readFileSync, readdirSync } from 'node:fs';

/** A process's resident memory in MB (Linux /proc). */
export function rssOf(pid) {
  return Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

/** How many threads a process runs (Linux /proc). */
export function threadsOf(pid) {
  return Number(/Threads:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/** The ids of a process's children (nginx's worker under its master). */
function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * CPU time a process and its descendants have run, in ns, every thread counted (the kernel's
 * /proc/…/schedstat): what serving cost, whatever else the machine ran meanwhile.
 */
export function cpuNsOf(pid) {
  let ns = 0;
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    }
  } catch {
    // the process or one of its threads is gone: count what was read
  }
  for (const child of childrenOf(pid)) ns += cpuNsOf(child);
  return ns;
}
