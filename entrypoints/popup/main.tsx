import { render } from 'preact';
import '@/components/popup/popup.css';
import { Popup } from '@/components/popup/Popup';
import { t, uiLanguage } from '@/lib/i18n/t';

// index.html's <title> and lang are the Chinese defaults; the browser's language decides.
document.title = t('app_name');
document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app') as HTMLElement);
