import { render } from 'preact';
import { t, uiLanguage } from '@/lib/i18n/t';
import { OptionsApp } from '../../components/options/OptionsApp';

// index.html's <title> and lang are the Chinese defaults; the browser's language decides.
document.title = t('options_title');
document.documentElement.lang = uiLanguage();
render(<OptionsApp />, document.getElementById('app')!);
