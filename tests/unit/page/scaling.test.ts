/**
 * Issue 9: reading and recognising a page grows linearly with its number of fields. Timing is
 * machine noise, so this counts work instead: Map/Set lookups (every per-cell, per-grid and
 * per-label cache of collection and recognition goes through them) and the elements returned
 * by querySelectorAll (subtree queries). Both are deterministic for a given page. A linear
 * pipeline does ten times the work on ten times the fields; a walk over all earlier rows per
 * control (the header-above search on a long grid) or a subtree query per control inside one
 * big layout cell does far more: before issue 9's fixes these pages measured 21× lookups and
 * 100× queried elements, now 9.9× for both. The counts are exact, so the bound needs no room
 * for noise, only for a small page's fixed costs weighing a little more.
 */
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';
import { recognizeFields } from '../../../lib/fields/recognize';
import { generatedFormPage } from '../../../scripts/bench/generated-page';

/** Largest accepted work ratio for ten times the fields (linear ≈ 10). */
const MAX_RATIO = 15;

interface Work {
  lookups: number;
  queried: number;
  recognised: number;
}

/**
 * Collect + recognise `html` once, counting Map.get/has, Set.has calls and querySelectorAll
 * result sizes. Plain counters (no vi.spyOn: it would keep millions of call records).
 */
function countWork(html: string): Work {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const mapGet = Map.prototype.get;
  const mapHas = Map.prototype.has;
  const setHas = Set.prototype.has;
  const elementQuery = Element.prototype.querySelectorAll;
  const documentQuery = Document.prototype.querySelectorAll;
  const work: Work = { lookups: 0, queried: 0, recognised: 0 };
  Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
    work.lookups++;
    return mapGet.call(this, key);
  };
  Map.prototype.has = function (this: Map<unknown, unknown>, key: unknown) {
    work.lookups++;
    return mapHas.call(this, key);
  };
  Set.prototype.has = function (this: Set<unknown>, value: unknown) {
    work.lookups++;
    return setHas.call(this, value);
  };
  Element.prototype.querySelectorAll = function (this: Element, selectors: string) {
    const found = elementQuery.call(this, selectors);
    work.queried += found.length;
    return found;
  } as typeof elementQuery;
  Document.prototype.querySelectorAll = function (this: Document, selectors: string) {
    const found = documentQuery.call(this, selectors);
    work.queried += found.length;
    return found;
  } as typeof documentQuery;
  try {
    const snapshot = collectSnapshot(doc);
    const matches = recognizeFields(snapshot, recognizeStep(snapshot).step);
    work.recognised = matches.filter((m) => m.key).length;
  } finally {
    Map.prototype.get = mapGet;
    Map.prototype.has = mapHas;
    Set.prototype.has = setHas;
    Element.prototype.querySelectorAll = elementQuery;
    Document.prototype.querySelectorAll = documentQuery;
  }
  return work;
}

/** A whole form inside one layout cell: label text and a box per line, each in its own div. */
function oneCellPage(fields: number): string {
  const lines = Array.from({ length: fields }, (_, i) => `<div>姓名${i}<input id="f${i}"> <input type="button" value="..."></div>`);
  return `<!doctype html><html><head><title>基本信息</title></head><body><form><table><tr><td>${lines.join('')}</td></tr></table></form></body></html>`;
}

describe('collection + recognition work grows linearly', () => {
  it('on the benchmark generated label/field grid (200 → 2,000 fields)', () => {
    countWork(generatedFormPage(20)); // first use of each module and selector, outside the count
    const small = countWork(generatedFormPage(200));
    const large = countWork(generatedFormPage(2000));
    expect(small.recognised).toBeGreaterThan(0);
    expect(large.lookups / small.lookups).toBeLessThan(MAX_RATIO);
    expect(large.queried / Math.max(1, small.queried)).toBeLessThan(MAX_RATIO);
  });

  it('on a form laid out inside one table cell (100 → 1,000 fields)', () => {
    countWork(oneCellPage(20));
    const small = countWork(oneCellPage(100));
    const large = countWork(oneCellPage(1000));
    expect(small.queried).toBeGreaterThan(0);
    expect(large.lookups / small.lookups).toBeLessThan(MAX_RATIO);
    expect(large.queried / small.queried).toBeLessThan(MAX_RATIO);
  });
});
