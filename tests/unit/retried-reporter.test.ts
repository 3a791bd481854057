import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import { retriedTests } from '../retried-reporter';

/** A finished test as the reporter reads it: retried `retryCount` times, flaky when it then passed. */
function fakeTest(fullName: string, retryCount: number, passed: boolean, message?: string) {
  return {
    fullName,
    diagnostic: () => ({ flaky: passed && retryCount > 0, retryCount }),
    result: () => ({ state: passed ? 'passed' : 'failed', errors: message ? [{ message }] : undefined }),
  };
}

function fakeModule(moduleId: string, tests: ReturnType<typeof fakeTest>[]): TestModule {
  return { moduleId, children: { allTests: () => tests.values() } } as unknown as TestModule;
}

describe('retriedTests (CI reporter)', () => {
  it('names only the tests that passed on a retry, with their first error line, relative to the root', () => {
    const modules = [
      fakeModule('/repo/tests/e2e/a.test.ts', [
        fakeTest('clean', 0, true),
        fakeTest('suite > slow wait', 1, true, 'TimeoutError: locator.waitFor: Timeout 30000ms exceeded.\nCall log: …'),
        fakeTest('failed both times', 1, false, 'expected 1 to be 2'),
      ]),
      fakeModule('/elsewhere/b.test.ts', [fakeTest('retried without message', 1, true)]),
    ];
    expect(retriedTests(modules, '/repo')).toEqual([
      { file: 'tests/e2e/a.test.ts', name: 'suite > slow wait', retries: 1, firstError: 'TimeoutError: locator.waitFor: Timeout 30000ms exceeded.' },
      { file: '/elsewhere/b.test.ts', name: 'retried without message', retries: 1, firstError: '' },
    ]);
  });

  it('is empty for a run without retries', () => {
    expect(retriedTests([fakeModule('/repo/x.test.ts', [fakeTest('ok', 0, true)])], '/repo')).toEqual([]);
  });
});
