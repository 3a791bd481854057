import type { ComponentChildren } from 'preact';

interface ToolPanelProps {
  /** Element id of the panel (anchors, aria). */
  id: string;
  title: string;
  /** Short result shown beside the title, so a collapsed panel still says something. */
  summary?: ComponentChildren;
  testId: string;
  children: ComponentChildren;
}

/** The frame of a tool panel on the options page: a collapsible box, open at first. */
export function ToolPanel({ id, title, summary, testId, children }: ToolPanelProps) {
  return (
    <details class="tool-panel" id={id} data-testid={testId} open>
      <summary>
        <span class="section-title">{title}</span>
        {summary}
      </summary>
      <div class="tool-body">{children}</div>
    </details>
  );
}
