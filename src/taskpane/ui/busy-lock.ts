/**
 * One lock for every action of the Excel pane that talks to the workbook. Excel runs one batch
 * at a time and an import cannot be undone, so while one action runs no other can start: a
 * second click, by mouse, keyboard or script, is refused here, not only by a greyed-out button.
 */
export type Task = "import" | "validate" | "export" | "json" | "select" | "own" | "insert" | (string & {});

export class BusyLock {
  private current: Task | null = null;

  /** The action that holds the lock, or null. */
  get task(): Task | null {
    return this.current;
  }

  get busy(): boolean {
    return this.current !== null;
  }

  /** Takes the lock for `task`; false (and nothing changes) when another action holds it. */
  claim(task: Task): boolean {
    if (this.current !== null) return false;
    this.current = task;
    return true;
  }

  /** Gives the lock back; only its holder can. */
  release(task: Task): void {
    if (this.current === task) this.current = null;
  }
}
