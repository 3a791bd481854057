import type { AsideHeading } from './aside-headings.schema';

/**
 * The titles of the boxes a portal draws beside the application (B64a-5): a feedback or
 * consulting form, a message board, a site search, a login box. A control in the box such a title
 * heads is none of the application's (lib/page/collect.ts asideBoxes): its 姓名 or 联系电话 is the
 * visitor's note to the site, not the applicant's field. Compared with the page's text normalised
 * (lib/page/normalize.ts: no spaces, no colon after it), whole. Field labels are left out (留言,
 * 搜索 alone may label a box of the form). Validated by its zod schema in tests/unit/page/aside.test.ts
 * (./aside-headings.schema.ts).
 */
export const ASIDE_HEADINGS: readonly AsideHeading[] = ['意见反馈', '在线咨询', '留言板', '站内搜索', '用户登录'];
