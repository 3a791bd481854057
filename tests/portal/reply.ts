import { esc } from './render';

/** What a page handler answers; server.ts writes it out. */
export type Reply =
  | { kind: 'html'; status: number; html: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'bytes'; status: number; contentType: string; body: Buffer | string };

/** A handled request and, for a form post, whether the portal kept it (for `saves()`). */
export interface Handled {
  reply: Reply;
  save?: { ok: boolean; errors: string[] };
}

/** An HTML reply with status 200. */
export function page(html: string): Reply {
  return { kind: 'html', status: 200, html };
}

/** A 302 to `location` (absolute path), like `Response.Redirect`. */
export function redirect(location: string): Reply {
  return { kind: 'redirect', location };
}

/**
 * ASP.NET's "yellow screen of death" (status 500): how the real system shows an event
 * validation failure or an unhandled error.
 */
export function errorPage(message: string, detail: string): Reply {
  const html = `<!DOCTYPE html>
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>${esc(message)}</title>
<style>body{font-family:"Verdana";font-weight:normal;font-size:.7em;color:black;background:white}
h1{font-family:"Verdana";font-weight:normal;font-size:18pt;color:red}h2{font-family:"Verdana";font-weight:normal;font-size:14pt;color:maroon}</style></head>
<body>
<span><h1>“/vsgzhr”应用程序中的服务器错误。<hr width="100%" size="1" color="silver" /></h1>
<h2><i>${esc(message)}</i></h2></span>
<b>说明:</b> 执行当前 Web 请求期间，出现未经处理的异常。请检查堆栈跟踪信息，以了解有关该错误以及代码中导致错误的出处的详细信息。<br /><br />
<b>异常详细信息:</b> System.ArgumentException: ${esc(message)} ${esc(detail)}<br /><br />
<hr width="100%" size="1" color="silver" />
<b>版本信息:</b> Microsoft .NET Framework 版本:4.0.30319; ASP.NET 版本:4.0.30319.42000
</body>
</html>`;
  return { kind: 'html', status: 500, html };
}

/** IIS's 404 page. */
export function notFound(path: string): Reply {
  return {
    kind: 'html',
    status: 404,
    html: `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>404 - 找不到文件或目录。</title></head><body><h2>404 - 找不到文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3><p>${esc(path)}</p></body></html>`,
  };
}
