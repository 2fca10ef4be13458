/**
 * No endless busy: a request Excel never answers (office-js #6678, #4805: context.sync can stay
 * pending under heavy recalculation) ends in a plain message; the pane is usable again and a
 * retry completes the import without duplicates. Fake timers: no wall clock.
 */
import { TABLE_NAMES } from "../../../src/core/plan";
import { SYNC_LIMIT_MS } from "../../../src/taskpane/excel/time-limit";
import { ids, NL, noProgress, setup } from "./helpers";

const O = TABLE_NAMES.opportunities;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("every request to Excel has a time limit", () => {
  it("a write that never answers: the pane says so, stays usable, and a retry completes it exactly", async () => {
    const clean = setup({ batchLimit: 1 });
    expect((await clean.actions.runImport(NL, noProgress)).ok).toBe(true);

    const { fake, actions } = setup({ batchLimit: 1 });
    // Sync 1 reads the (empty) workbook; syncs 2, 3 … write one part each. Part 2 never answers,
    // though Excel did run its commands: the harshest case for a retry.
    fake.options = { hangOnSync: (n) => n === 3 };
    const pending = actions.runImport(NL, noProgress);
    await jest.advanceTimersByTimeAsync(SYNC_LIMIT_MS);
    const outcome = await pending;
    expect(outcome).toMatchObject({ ok: false, batchesWritten: 1 });
    expect(outcome.message).toContain(`Excel antwoordde niet binnen ${SYNC_LIMIT_MS / 1000} seconden`);
    expect(outcome.message).toContain("Start de import opnieuw");

    fake.options = {};
    const retry = await actions.runImport(NL, noProgress);
    expect(retry.ok).toBe(true);
    expect(ids(fake, O)).toEqual(["1", "2", "3", "4", "5"]);
    expect(fake.state.dump()).toEqual(clean.fake.state.dump());
  });

  it("before the limit nothing is given up: a slow answer still completes", async () => {
    const { fake, actions } = setup();
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const sync = fake.sync.bind(fake);
    fake.sync = async () => {
      await sync();
      if (fake.syncs === 1) await slow;
    };
    const pending = actions.runImport(NL, noProgress);
    await jest.advanceTimersByTimeAsync(SYNC_LIMIT_MS - 1);
    release();
    expect((await pending).ok).toBe(true);
  });

  it.each(["nl", "en"] as const)("reading for validation that never answers fails in plain words (%s)", async (language) => {
    const { fake, actions } = setup();
    fake.options = { hangOnSync: () => true };
    const pending = actions.validate(language);
    const settled = expect(pending).rejects.toThrow(language === "nl" ? /Excel antwoordde niet binnen/ : /Excel did not answer within/);
    await jest.advanceTimersByTimeAsync(SYNC_LIMIT_MS);
    await settled;
    // Usable again: the next action runs.
    fake.options = {};
    await expect(actions.validate(language)).resolves.toEqual([]);
  });

  it("a preview whose first read never answers says nothing was written", async () => {
    const { fake, actions } = setup();
    fake.options = { hangOnSync: (n) => n === 1 };
    const pending = actions.runImport(NL, noProgress);
    await jest.advanceTimersByTimeAsync(SYNC_LIMIT_MS);
    const outcome = await pending;
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/Excel antwoordde niet binnen .* Er is niets geschreven/);
  });

  it("reading the tables that never answers is not tried a second time: the action ends after one limit", async () => {
    const { fake, actions } = setup();
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    const base = fake.syncs;
    // Sync 1 of a re-import reads names and the identity record, sync 2 the tables' rows.
    fake.options = { hangOnSync: (n) => n >= base + 2 };
    let settled = false;
    const pending = actions.runImport(NL, noProgress).finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(SYNC_LIMIT_MS);
    expect(settled).toBe(true);
    expect((await pending).message).toContain("Excel antwoordde niet binnen");
    expect(fake.syncs).toBe(base + 2);
  });
});
