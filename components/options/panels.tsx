import type { FunctionComponent } from 'preact';
import type { Profile } from '../../lib/profile/schema';
import { EligibilityPanel } from './EligibilityPanel';

/** What every tool panel receives from the options page. */
export interface OptionsPanelProps {
  /** The selected profile as currently edited (unsaved changes included); null when none is selected. */
  profile: Profile | null;
}

export interface OptionsPanelDef {
  /** Stable id (used as the React key). */
  id: string;
  /** The panel; it renders its own frame (components/options/ToolPanel) or nothing. */
  Component: FunctionComponent<OptionsPanelProps>;
}

/**
 * The tool panels of the options page, in page order, shown in the main column above the
 * profile editor. A new section of the options page (hosts, field-map packs, diagnostics…) is
 * one more entry here: a component taking OptionsPanelProps and framed by ToolPanel.
 */
export const OPTIONS_PANELS: readonly OptionsPanelDef[] = [{ id: 'eligibility', Component: EligibilityPanel }];
