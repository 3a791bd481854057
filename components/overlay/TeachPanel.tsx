import { useState } from 'preact/hooks';
import type { TeachState } from './model';
import type { FieldKey } from '@/lib/fields/keys';

/**
 * Teach mode: when a field was not recognised, the user clicks 教助手认字段, then the field on
 * the page, then picks what it is. The mapping (ids and names only, never the value) is kept in
 * this browser per host and step and used from then on.
 */
export function TeachPanel({
  state,
  onStart,
  onChoose,
  onCancel,
}: {
  state: TeachState;
  onStart(): void;
  onChoose(key: FieldKey): void;
  onCancel(): void;
}) {
  const [picked, setPicked] = useState<string>('');
  if (state.phase === 'picking') {
    return (
      <div class="zc-teach" data-testid="zc-teach" data-phase="picking">
        <p class="zc-notice">请点击页面上助手没有认出的字段（按 Esc 取消）。</p>
        <button type="button" class="zc-btn" onClick={onCancel}>
          取消
        </button>
      </div>
    );
  }
  if (state.phase === 'choose') {
    const value = picked || state.current || '';
    return (
      <div class="zc-teach" data-testid="zc-teach" data-phase="choose">
        <label class="zc-block">
          “{state.label || '该字段'}”是：
          <select
            data-testid="zc-teach-key"
            value={value}
            onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">— 请选择档案中的项目 —</option>
            {state.keys.map((k) => (
              <option key={k.key} value={k.key}>
                {k.title}
              </option>
            ))}
          </select>
        </label>
        <div class="zc-actions">
          <button
            type="button"
            class="zc-btn zc-primary"
            data-testid="zc-teach-save"
            disabled={!value}
            onClick={() => {
              onChoose(value as FieldKey);
              setPicked('');
            }}
          >
            记住这个字段
          </button>
          <button type="button" class="zc-btn" onClick={onCancel}>
            取消
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="zc-teach" data-testid="zc-teach" data-phase={state.phase}>
      {state.phase === 'saved' && (
        <p class="zc-ok" role="status">
          已记住：“{state.label}”是“{state.title}”。以后在本网站的这一步会自动认出。
        </p>
      )}
      <button type="button" class="zc-link-btn" data-testid="zc-teach-start" onClick={onStart}>
        有字段没认出？教助手认字段
      </button>
    </div>
  );
}
