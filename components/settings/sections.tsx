import type { FunctionComponent } from 'preact';
import { PresenterSection } from './PresenterSection';
import { HostsSection } from './HostsSection';
import { PacksSection } from './PacksSection';
import { DiagnosticsSection } from './DiagnosticsSection';

/**
 * The options page's 助手设置 area, in page order: settings of the extension itself, not of a
 * profile (presenter mode, portal addresses, field-map packs, page diagnostics). A new
 * setting is one more entry here.
 */
export const SETTINGS_SECTIONS: readonly { id: string; Component: FunctionComponent }[] = [
  { id: 'presenter', Component: () => <PresenterSection /> },
  { id: 'hosts', Component: HostsSection },
  { id: 'packs', Component: PacksSection },
  { id: 'diagnostics', Component: DiagnosticsSection },
];
