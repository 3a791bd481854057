import { randomBytes } from 'node:crypto';
import type { ApplicationStepId } from '../../lib/portal/step-ids';
import type { FormPost } from './http-body';
import type { Values } from './render';

/** The 申报资格系列 chosen on the series page (seed step 2). Codes of vocab.ts. */
export interface Series {
  level: '初级' | '中级';
  unitSupervisorType: string;
  qualificationType: string;
}

/** One file taken by the 附件上传 page. */
export interface Attachment {
  step: ApplicationStepId;
  /** 选择上传附件名称 (option text). */
  name: string;
  /** 记录序号 as typed. */
  seq: string;
  fileName: string;
  /** Bytes. */
  size: number;
  /** Upload time, `YYYY-MM-DD HH:mm:ss` local. */
  at: string;
}

/** Everything the portal keeps for one browser session (cookie `ASP.NET_SessionId`). */
export interface Session {
  id: string;
  user: string | null;
  series: Series | null;
  /** Single-form steps (基本信息, 奖惩/小结): saved values by step. */
  forms: Map<ApplicationStepId, Values>;
  /** Repeated-record steps: saved rows by step, kept sorted by 记录序号. */
  records: Map<ApplicationStepId, Values[]>;
  photo: Buffer | null;
  attachments: Attachment[];
  /** Steps whose 保存并下一步 succeeded. */
  completed: Set<ApplicationStepId>;
  /** ISO time of 送审, null before. */
  submittedAt: string | null;
  /** Event-validation tokens → values each select/radio rendered (newest last). */
  eventValidation: Map<string, Record<string, string[]>>;
}

/** How many rendered pages' event-validation maps a session keeps (older posts are refused). */
const MAX_EV_TOKENS = 200;

/** The sessions of one server (no state is shared between two servers). */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  /** The session of `id`, or a new empty one (under a fresh id when `id` is unknown). */
  get(id: string | undefined): Session {
    const existing = id ? this.sessions.get(id) : undefined;
    if (existing) return existing;
    const session: Session = {
      id: randomBytes(18).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x'),
      user: null,
      series: null,
      forms: new Map(),
      records: new Map(),
      photo: null,
      attachments: [],
      completed: new Set(),
      submittedAt: null,
      eventValidation: new Map(),
    };
    this.sessions.set(session.id, session);
    return session;
  }
}

/**
 * Keeps the values a page's selects and radio lists rendered.
 * @returns the token to put in `__EVENTVALIDATION`.
 */
export function issueEventValidation(session: Session, allowed: Record<string, string[]>): string {
  const token = `/wEd${randomBytes(18).toString('base64')}`;
  session.eventValidation.set(token, allowed);
  if (session.eventValidation.size > MAX_EV_TOKENS) {
    const oldest = session.eventValidation.keys().next().value;
    if (oldest !== undefined) session.eventValidation.delete(oldest);
  }
  return token;
}

/** Why a post failed event validation, in ASP.NET's (Chinese) wording. */
export type EventValidationFailure = { message: string; detail: string };

/**
 * ASP.NET event validation: every posted select/radio value must be one the page rendered.
 * @returns null when the post is valid, else the failure (the whole post must be refused).
 */
export function checkEventValidation(session: Session, post: FormPost): EventValidationFailure | null {
  const token = post.fields.get('__EVENTVALIDATION');
  const allowed = token ? session.eventValidation.get(token) : undefined;
  if (!allowed) {
    return {
      message: '验证视图状态 MAC 失败。',
      detail: '如果此应用程序由网络场或群集承载，请确保 <machineKey> 配置指定了相同的 validationKey 和验证算法。',
    };
  }
  for (const [name, values] of Object.entries(allowed)) {
    const posted = post.fields.get(name);
    if (posted !== undefined && !values.includes(posted)) {
      return {
        message: '无效的回发或回调参数。',
        detail:
          '在配置中使用 <pages enableEventValidation="true"/> 或在页面中使用 <%@ Page EnableEventValidation="true" %> 启用了事件验证。出于安全目的，此功能验证回发或回调事件的参数是否来源于最初呈现这些事件的服务器控件。如果数据有效并且是预期的，则使用 ClientScriptManager.RegisterForEventValidation 方法来注册回发或回调数据以进行验证。',
      };
    }
  }
  return null;
}
