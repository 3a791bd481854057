/**
 * Hand-made ASP.NET WebForms pages for browser tests on unseen markup (breaker 27's and its
 * neighbours'): the portal's page shell, its control-name prefix and a form table's row.
 */

/** The control-name prefix of a page on the portal's master page. */
export const N = 'ctl00$ContentPlaceHolder1$';

/**
 * A WebForms page around `body`: the portal's XHTML doctype and title, one `aspnetForm` posting to
 * `/posted`, its __VIEWSTATE. @param head more for the `<head>` (a `<style>`).
 */
export const webForm = (body: string, head = '') => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>广州市职称业务申报与管理系统</title>${head}</head><body>
<form name="aspnetForm" method="post" action="/posted" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk0NjQ2MjE5MmRk" /></div>
${body}</form></body></html>`;

/** A form table's row: the label (with the portal's full-width colon) and its control. */
export const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
