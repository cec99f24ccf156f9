// A refresh the way the pane does it in Excel, against the recording fake: read back, plan with
// the same core the CLI uses, write.
import { applyPlan } from "../../src/adapters/office/applyPlan";
import { readPreviousBookInExcel } from "../../src/adapters/office/readPreviousBook";
import type { Fact } from "../../src/core/facts/fact";
import { planRefresh } from "../../src/core/refresh";
import { catalog } from "../workbook/fixtures";
import { addr, createFakeExcel, type FakeSheet, type FakeWorkbookModel } from "./fakeExcel";
import { DC } from "../../src/core/workbook/dataSheet";

export async function refreshInFake(model: FakeWorkbookModel, facts: Fact[], now: string, opts: { apiVersion?: string; failOnSync?: number; maxRequestBytes?: number } = {}) {
  const fake = createFakeExcel({ model, apiVersion: opts.apiVersion ?? "1.18", failOnSync: opts.failOnSync });
  const read = await readPreviousBookInExcel({ run: fake.run });
  const readSyncs = fake.rec.syncs;
  const planned = planRefresh(read.previous, facts, { catalog, now, selectedPeriod: read.selectedPeriod, previousUnits: read.units });
  const summary = await applyPlan(planned.plan, { run: fake.run, isSetSupported: fake.isSetSupported, ...(opts.maxRequestBytes ? { maxRequestBytes: opts.maxRequestBytes } : {}) });
  return { read, planned, readSyncs, writeSyncs: summary.syncs, summary };
}

export const shown = (m: FakeWorkbookModel) => m.sheets.filter((s) => s.visibility !== "VeryHidden");
export const byName = (m: FakeWorkbookModel, name: string) => m.sheets.find((s) => s.name === name)!;

export function rowOfKey(sheet: FakeSheet, key: string): number {
  for (let r = 1; r < 100_000; r++) {
    const c = sheet.cells.get(addr(r, DC.factKey));
    if (!c) break;
    if (c.value === key) return r;
  }
  throw new Error(`no row with key ${key}`);
}
