import type { ComponentChildren } from 'preact';

/**
 * The panel's frame, drawn alike by the overlay (./Overlay.tsx) and by the reconnect note an
 * orphaned content script leaves (lib/content/disconnected-note.tsx): the section, its header with
 * the step (the automation contract's `[data-testid="zc-step"]` and `data-step-id`) and what follows
 * the header. One frame for both: written twice, the note's copy cost the content script about 100
 * bytes gzip of its budget (issue 9; the e2e build of 2026-12-06).
 * @param classes the section's classes. @param name the product's name (the section's aria-label).
 * @param stepId the step's id. @param stepNo the line above the step's title. @param title the step's title.
 * @param head what the header holds after the step (the overlay's buttons). @param body what follows the header.
 * @param stepNoTitle the tooltip of the line above the title, if any.
 */
export function panel(classes: string, name: string, stepId: string, stepNo: string, title: string, head: ComponentChildren, body: ComponentChildren, stepNoTitle?: string) {
  return (
    <section class={classes} aria-label={name}>
      <header class="zc-head">
        <div data-testid="zc-step" data-step-id={stepId} class="zc-step">
          <span class="zc-step-no" title={stepNoTitle}>
            {stepNo}
          </span>
          <strong class="zc-step-title">{title}</strong>
        </div>
        <div class="zc-acts">{head}</div>
      </header>
      {body}
    </section>
  );
}
