import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_MATCHES, E2E_EXTRA_MATCHES } from './lib/portal/hosts';

// `npm run build:e2e` = `wxt build --mode e2e`: identical code, content scripts additionally
// matching the loopback hosts the practice portal runs on (spec/test-contract.md §Builds).
export default defineConfig({
  // ZC_OUT_DIR lets several developers build side by side on one machine; default `.output`.
  outDir: process.env.ZC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: '职称申报助手',
    description: '广州市初次职称考核认定（工程系列 生态环境专业）申报：步骤指引、申报前检查与自动填写。数据只保存在本机浏览器。',
    minimum_chrome_version: '116',
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: mode === 'e2e' ? [...PORTAL_MATCHES, ...E2E_EXTRA_MATCHES] : [...PORTAL_MATCHES],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
  }),
});
