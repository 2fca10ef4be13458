import { BusyLock } from "../../../src/taskpane/ui/busy-lock";

test("one action at a time: a second claim is refused until the first releases", () => {
  const lock = new BusyLock();
  expect(lock.claim("import")).toBe(true);
  expect(lock.claim("import")).toBe(false);
  expect(lock.claim("validate")).toBe(false);
  expect(lock.task).toBe("import");
  lock.release("import");
  expect(lock.busy).toBe(false);
  expect(lock.claim("validate")).toBe(true);
});

test("only the holder releases: a stray release of another task keeps the lock", () => {
  const lock = new BusyLock();
  lock.claim("export");
  lock.release("import");
  expect(lock.task).toBe("export");
  expect(lock.claim("json")).toBe(false);
});
