/**
 * Red as portal pages write their notices (the seed: "注意说明（红色字体）"): `red`, `#f00`,
 * `#c00`, `#ff0000`, `rgb(204, 0, 0)`, as markup attributes, inline styles and computed styles
 * give it.
 */

/** Named colours that are a notice's red, as the hex digits they stand for (read as `#rrggbb`). */
const NAMED_REDS: Readonly<Record<string, string>> = {
  red: 'f00',
  crimson: 'dc143c',
  firebrick: 'b22222',
};

function channels(value: string): readonly [number, number, number] | null {
  const written = value.trim().toLowerCase();
  const v = NAMED_REDS[written] ?? written;
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(v);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (!hex) return null;
  // #rgb is #rrggbb with each digit doubled; then two digits a channel.
  return (hex[1]!.length === 3 ? hex[1]!.replace(/./g, '$&$&') : hex[1]!).match(/../g)!.map((d) => parseInt(d, 16)) as unknown as readonly [number, number, number];
}

/**
 * Whether a colour is a notice's red: a strong red channel well above green and blue (red,
 * `#c00`, crimson; not orange, pink, brown, maroon or black).
 * @param value a colour as markup or CSS writes it: one of a few names (`red`, `crimson`,
 *   `firebrick`), `#rgb`, `#rrggbb` (the `#` may be missing, as old `<font color>` allows), or
 *   `rgb(r, g, b)` / `rgba(r, g, b, a)`.
 * @returns false for any other form.
 */
export function isRedColor(value: string): boolean {
  const c = channels(value);
  if (!c) return false;
  const [r, g, b] = c;
  return r >= 150 && r - Math.max(g, b) >= 100;
}
