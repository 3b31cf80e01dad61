import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const live = new Set<string>();
let hooked = false;

/** Removes what a task left behind; also run for every directory still there when the process exits. */
export function removeTaskTmp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}

/**
 * A private temp directory for one worker: its TMPDIR (os.tmpdir() in a worker reads the worker's
 * own environment), removed when the worker exits, however it ends, and at process exit. Whatever
 * a library parks in "the temp folder" (exceljs once parked sheet XML there) cannot outlive the task.
 */
export function createTaskTmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sunshine-task-'));
  live.add(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const left of [...live]) removeTaskTmp(left);
    });
  }
  return dir;
}
