import type { FunctionComponent } from 'preact';
import { PresenterSection } from './PresenterSection';
import { HostsSection } from './HostsSection';
import { PacksSection } from './PacksSection';
import { TaughtSection } from './TaughtSection';
import { DiagnosticsSection } from './DiagnosticsSection';

/**
 * The options page's 助手设置 area, in page order: settings of the extension itself, not of a
 * profile (presenter mode, portal addresses, taught fields, field-map packs, page diagnostics). A new
 * setting is one more entry here. 已教的字段 sits next to the packs it can be shared in.
 */
export const SETTINGS_SECTIONS: readonly { id: string; Component: FunctionComponent }[] = [
  { id: 'presenter', Component: () => <PresenterSection /> },
  { id: 'hosts', Component: HostsSection },
  { id: 'taught', Component: TaughtSection },
  { id: 'packs', Component: PacksSection },
  { id: 'diagnostics', Component: DiagnosticsSection },
];
