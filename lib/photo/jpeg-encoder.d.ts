// Types for jpeg-js's encoder module alone (its index also pulls in the decoder, which carries
// an XMLHttpRequest loader the extension must not bundle).
declare module 'jpeg-js/lib/encoder.js' {
  import type { RawImageData, BufferLike } from 'jpeg-js';
  export default function encode(image: RawImageData<BufferLike>, quality?: number): RawImageData<Uint8Array>;
}
