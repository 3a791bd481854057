import { vi } from 'vitest';
import type { OnDemandActionContext } from '../../../lib/content/on-demand-actions';
import { requestActiveProfile } from '../../../lib/content/background-client';
import { collectSnapshot } from '../../../lib/page/collect';
import type { OverlayModel } from '../../../components/overlay/model';
import type { PageEvaluation } from '../../../lib/content/evaluate';

/**
 * What the content-script controller lends on-demand.js's actions, for unit tests: the page as
 * it reads now (as the controller's context gives it after every re-read), a 基本信息 evaluation
 * and a mock for each of the controller's functions.
 * @param model the overlay model the actions change.
 * @param overrides what a test gives otherwise (a fixed snapshot, a refresh drawing a note…).
 */
export function onDemandContext(model: OverlayModel, overrides: Partial<OnDemandActionContext> = {}): OnDemandActionContext {
  const context: OnDemandActionContext = {
    model,
    inputs: {} as OnDemandActionContext['inputs'],
    get snapshot() {
      return collectSnapshot(document, window);
    },
    evaluation: { matches: [], recognition: { step: 'basic-info' } } as unknown as PageEvaluation,
    ownTaught: [],
    reread: vi.fn(),
    refresh: vi.fn(),
    draw: vi.fn(),
    resolve: () => null,
    // As the controller's: the profile the background has now, taken with its label and problem.
    takeStoredProfile: vi.fn(async () => {
      const active = await requestActiveProfile();
      context.inputs.profile = active.profile;
      context.inputs.eligibility = active.eligibility;
      model.profileLabel = active.label;
      model.notice = active.problem;
    }),
    endLetThrough: vi.fn(),
    answerPreSubmit: vi.fn(),
    shadow: document.createElement('div').attachShadow({ mode: 'open' }),
  };
  // Descriptors, so that a fixed snapshot replaces the live one.
  return Object.defineProperties(context, Object.getOwnPropertyDescriptors(overrides));
}
