import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OnDemandView } from '../../../components/overlay/OnDemandView';
import { Overlay } from '../../../components/overlay/Overlay';
import { initialOverlayModel, type OverlayActions } from '../../../components/overlay/model';
import { stepById } from '../../../lib/portal/steps';
import { renderOnDemandView } from '../../../components/on-demand/views';
import { shownTextFor } from '../../../components/overlay/presenter';
import { publishOnDemandFeatures, type OnDemandFeatures } from '../../../lib/content/on-demand';
import type { CaptureState } from '../../../components/overlay/model';
import { installLocale } from '../i18n-fake';

const SLOT = Symbol.for('zc.on-demand-features');
const noop = () => undefined;
const noActions = new Proxy({}, { get: () => noop }) as OverlayActions;

function preview(after: string): Extract<CaptureState, { phase: 'preview' }> {
  return { phase: 'preview', changes: [{ path: 'basic.phone', title: '联系电话', before: '', after }], rejected: [] };
}

/** The content script's side: text of its own, then the overlay (on 基本信息) whose 更多, opened, shows capture in `state`. */
function Panel({ heading, state, mask = false }: { heading: string; state: CaptureState; mask?: boolean }) {
  const model = initialOverlayModel(stepById('basic-info'), [], false, { largeText: false, highContrast: false, maskPersonal: mask });
  return (
    <>
      <h2>{heading}</h2>
      <Overlay model={{ ...model, more: true, capture: state }} actions={noActions} />
    </>
  );
}

describe('parts of the overlay rendered by on-demand.js', () => {
  let root: HTMLElement;
  beforeEach(() => {
    installLocale();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    delete (globalThis as Record<symbol, unknown>)[SLOT];
  });

  it('stay empty until on-demand.js is loaded (the feature loads it before it shows them)', () => {
    const model = initialOverlayModel(stepById('basic-info'), [], false, { largeText: false, highContrast: false, maskPersonal: false });
    render(<OnDemandView view={{ name: 'capture', model: { ...model, capture: preview('13800138000') }, actions: noActions }} shownText={shownTextFor(false)} />, root);
    expect(root.querySelector('.zc-on-demand')?.childElementCount).toBe(0);
  });

  it('are filled by on-demand.js, kept and updated across the overlay’s re-renders, and removed with it', () => {
    publishOnDemandFeatures({ renderView: renderOnDemandView } as unknown as OnDemandFeatures);
    render(<Panel heading="检查" state={preview('13800138000')} />, root);
    expect(root.querySelector('[data-testid="zc-capture-preview"]')?.textContent).toContain('13800138000');

    render(<Panel heading="检查 · 错误 1" state={preview('020-12345678')} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('检查 · 错误 1');
    expect(root.querySelectorAll('[data-testid="zc-capture-preview"]')).toHaveLength(1);
    expect(root.querySelector('[data-testid="zc-capture-change"]')?.textContent).toContain('020-12345678');

    render(<Panel heading="检查" state={{ phase: 'idle' }} />, root);
    expect(root.querySelector('[data-testid="zc-capture-preview"]')).toBeNull();
    expect(root.querySelector('[data-testid="zc-capture"]')).not.toBeNull();
  });

  it('draw 更多 opened before teach mode or capture was ever started with both start buttons, the first model carrying neither (only on-demand.js reads them)', () => {
    publishOnDemandFeatures({ renderView: renderOnDemandView } as unknown as OnDemandFeatures);
    const model = initialOverlayModel(stepById('basic-info'), [], false, { largeText: false, highContrast: false, maskPersonal: false });
    // Nor a notice, a pre-submit dialog or a tour: absent is none (components/overlay/model.ts).
    for (const absent of ['teach', 'capture', 'notice', 'preSubmit', 'tour']) expect(model).not.toHaveProperty(absent);
    render(<Overlay model={{ ...model, more: true }} actions={noActions} />, root);
    expect(root.querySelector('[data-testid="zc-capture"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="zc-teach"]')?.getAttribute('data-phase')).toBe('idle');
  });

  it('bring their stylesheet into the overlay’s shadow root, once', () => {
    publishOnDemandFeatures({ renderView: renderOnDemandView } as unknown as OnDemandFeatures);
    const shadow = root.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    render(<Panel heading="检查" state={preview('13800138000')} />, container);
    render(<Panel heading="检查 · 错误 1" state={preview('020-12345678')} />, container);
    // (Its text is the built stylesheet; vitest stubs CSS imports, the e2e screenshots show it.)
    expect(shadow.querySelectorAll('style[data-zc-on-demand-style]')).toHaveLength(1);
    render(null, container);
  });

  it('mask personal values as the overlay does (presenter setting)', () => {
    publishOnDemandFeatures({ renderView: renderOnDemandView } as unknown as OnDemandFeatures);
    render(<Panel heading="检查" state={preview('13800138000')} mask />, root);
    const shown = root.querySelector('[data-testid="zc-capture-change"]')?.textContent ?? '';
    expect(shown).not.toContain('13800138000');
  });
});

