import type { IncomingMessage } from 'node:http';

/** One uploaded file of a multipart form. */
export interface UploadedFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** A parsed form post: text fields (first value per name) and files (non-empty ones only). */
export interface FormPost {
  fields: Map<string, string>;
  files: Map<string, UploadedFile>;
}

/** Bodies larger than this are refused (10 MiB; the portal's own limit is lower per file). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Reads a request body whole.
 * @returns the bytes.
 * @throws Error('请求过大') when the body exceeds MAX_BODY_BYTES.
 */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('请求过大');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * Parses an `application/x-www-form-urlencoded` or `multipart/form-data` body (RFC 7578)
 * in UTF-8, the charset the pages declare.
 * @param contentType the request's Content-Type header.
 * @throws Error when a multipart body has no boundary or a part lacks its headers.
 */
export function parseForm(contentType: string, body: Buffer): FormPost {
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedFile>();
  const boundary = /multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) {
    for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
      if (!fields.has(name)) fields.set(name, value);
    }
    return { fields, files };
  }
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new Error('multipart body without its boundary');
  for (;;) {
    pos += delimiter.length;
    // "--" after a delimiter closes the body.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    pos += 2; // CRLF after the delimiter
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), pos);
    if (next < 0) throw new Error('multipart part without a closing boundary');
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0 || headerEnd > next) throw new Error('multipart part without headers');
    const headers = body.subarray(pos, headerEnd).toString('utf8');
    const content = body.subarray(headerEnd + 4, next);
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) {
      if (fileName !== undefined) {
        if (fileName !== '' && content.length > 0) {
          const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream';
          // Old IE posted the full client path; keep the base name only.
          files.set(name, { fileName: fileName.split(/[\\/]/).pop() ?? fileName, contentType: type, bytes: Buffer.from(content) });
        }
      } else if (!fields.has(name)) {
        fields.set(name, content.toString('utf8'));
      }
    }
    pos = next + 2;
  }
  return { fields, files };
}
