// Shared test data for tests/unit/profile and tests/unit/options.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SAMPLE_PATH = resolve(__dirname, '../../fixtures/profiles/zhang-2020.zc-profile.json');
/** The sample zc-profile v1 file (tests/fixtures/profiles/zhang-2020.zc-profile.json). */
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8');

/**
 * The label 复制 proposes for a copy of the sample (`张小明 · 2020 初级`): the year after 2020, and at
 * least this year (components/options/labels.ts suggestCopyLabel).
 */
export const SAMPLE_COPY_LABEL = `张小明 · ${Math.max(2021, new Date().getFullYear())} 初级`;

/** The sample file as an object, to modify per test. */
export function sampleDoc(): Record<string, any> {
  return JSON.parse(SAMPLE_TEXT) as Record<string, any>;
}

/** A data URL whose bytes are a PDF, not an image. */
export const PDF_DATA_URL = `data:image/jpeg;base64,${btoa('%PDF-1.4 not an image')}`;
