import type { Reporter, TestModule } from 'vitest/node';

/**
 * A test that passed only on a retry, with the error of its failed attempt(s).
 * `file` is relative to the project root; `name` is the describe and test titles joined by " > ".
 */
export interface RetriedTest {
  file: string;
  name: string;
  retries: number;
  firstError: string;
}

/**
 * The tests of a finished run that passed only after a retry (Vitest's `diagnostic().flaky`).
 * @param modules the run's test modules, as `onTestRunEnd` gets them.
 * @param root the project root the file names are made relative to.
 * @returns one entry per such test, in run order; empty when none needed a retry.
 */
export function retriedTests(modules: ReadonlyArray<TestModule>, root: string): RetriedTest[] {
  const retried: RetriedTest[] = [];
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const diagnostic = test.diagnostic();
      if (!diagnostic?.flaky) continue;
      const error = test.result().errors?.[0];
      retried.push({
        file: module.moduleId.startsWith(`${root}/`) ? module.moduleId.slice(root.length + 1) : module.moduleId,
        name: test.fullName,
        retries: diagnostic.retryCount,
        firstError: error?.message?.split('\n')[0] ?? '',
      });
    }
  }
  return retried;
}

/**
 * Lists, after the summary, every test that passed only on a retry. CI retries a failed browser
 * test once (ZC_BROWSER_RETRY in .ci/run): the browsers of two files share two cores there, and
 * a wait that is right but slow must not sink the run — yet such a pass must not look like a
 * clean one either, so it is named here with the error its first attempt ended in.
 */
export default class RetriedReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: { config: { root: string } }): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const retried = retriedTests(modules, this.root);
    if (retried.length === 0) return;
    const lines = retried.map((t) => `  ${t.file} > ${t.name} (passed on retry ${t.retries}; first attempt: ${t.firstError || 'no message'})`);
    process.stdout.write(`\nPassed only on a retry (${retried.length}):\n${lines.join('\n')}\n`);
  }
}
