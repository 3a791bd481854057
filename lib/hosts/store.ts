/**
 * The user's added portal hosts, in `browser.storage.local` (key `addedHosts`). The browser's
 * granted permissions are the other half of the truth: a host is active only while its
 * pattern is granted (lib/hosts/registration.ts).
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { addedHostSchema, type AddedHost } from './address';

const hostsItem = storage.defineItem<unknown>('local:addedHosts', { fallback: [] });

/** The stored hosts; entries that fail the schema are dropped. */
export async function readAddedHosts(): Promise<AddedHost[]> {
  const raw = await hostsItem.getValue();
  const list = z.array(z.unknown()).safeParse(raw);
  if (!list.success) return [];
  return list.data.flatMap((entry) => {
    const parsed = addedHostSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Adds or replaces the entry for `entry.pattern`.
 * @returns the new list.
 */
export async function saveAddedHost(entry: AddedHost): Promise<AddedHost[]> {
  const next = [...(await readAddedHosts()).filter((h) => h.pattern !== entry.pattern), addedHostSchema.parse(entry)];
  await hostsItem.setValue(next);
  return next;
}

/**
 * Removes the entries whose pattern is in `patterns`.
 * @returns the new list.
 */
export async function removeAddedHosts(patterns: readonly string[]): Promise<AddedHost[]> {
  const next = (await readAddedHosts()).filter((h) => !patterns.includes(h.pattern));
  await hostsItem.setValue(next);
  return next;
}

/** Calls `onChange` whenever the stored list changes (any context). @returns unwatch. */
export function watchAddedHosts(onChange: () => void): () => void {
  return hostsItem.watch(() => onChange());
}
