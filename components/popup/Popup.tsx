import { useEffect, useState } from 'preact/hooks';
import { APPLICATION_STEPS } from '@/lib/portal/steps';
import { applicationStatuses, type ProgressState, type StepStatus } from '@/lib/progress/model';

const STATUS_TEXT: Record<StepStatus, string> = {
  todo: '未开始',
  'in-progress': '进行中',
  done: '已完成',
  problem: '有问题',
};

/**
 * The toolbar popup: progress through the eleven steps of the current application
 * (contract: `zc-progress` with eleven `zc-progress-step` items carrying `data-step-id` and
 * `data-status`), autofill of the page in the active tab, and the way to the options page.
 */
export function Popup() {
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void browser.runtime.sendMessage({ type: 'progress:get' }).then((state) => setProgress(state as ProgressState));
  }, []);

  const app = progress?.current ? progress.applications[progress.current] : undefined;
  const statuses = applicationStatuses(app);
  const done = statuses.filter((s) => s.status === 'done').length;

  async function autofillActiveTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      await browser.tabs.sendMessage(tab.id, { type: 'overlay:autofill' });
      window.close();
    } catch {
      setMessage('当前页面不是申报系统页面，或助手尚未在此页运行。请在申报系统的填报页面上使用；若页面以 IE 模式打开，请改用普通模式。');
    }
  }

  async function reset() {
    if (!app) return;
    const next = (await browser.runtime.sendMessage({ type: 'progress:reset', key: app.key })) as ProgressState;
    setProgress(next);
  }

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>职称申报助手</h1>
        <p class="muted">广州市初次职称考核认定 · 工程系列 生态环境专业</p>
      </header>
      <section aria-labelledby="progress-title">
        <div class="row">
          <h2 id="progress-title">申报进度</h2>
          <span class="muted" data-testid="zc-progress-summary">
            已完成 {done} / {statuses.length}
          </span>
        </div>
        {!app && <p class="muted">打开申报系统的填报页面后，这里会显示每一步的状态。</p>}
        <ol data-testid="zc-progress" class="steps">
          {APPLICATION_STEPS.map((step, i) => {
            const status = statuses[i]?.status ?? 'todo';
            return (
              <li key={step.id} data-testid="zc-progress-step" data-step-id={step.id} data-status={status} class={`step ${status}`}>
                <span class="num">{step.order}</span>
                <span class="name">{step.short}</span>
                <span class="status">{STATUS_TEXT[status]}</span>
              </li>
            );
          })}
        </ol>
      </section>
      {message && (
        <p class="message" role="status">
          {message}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="zc-popup-autofill" onClick={() => void autofillActiveTab()}>
          填写本页
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          管理档案
        </button>
        {app && (
          <button type="button" class="quiet" onClick={() => void reset()}>
            重新开始
          </button>
        )}
      </div>
    </main>
  );
}
