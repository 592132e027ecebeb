// Next's compiled copy of busboy 1.x (no types ship with it): the part of its API lib/platform/security/multipart.ts uses.
declare module 'next/dist/compiled/busboy' {
  import type { Readable, Writable } from 'node:stream'

  type FieldInfo = { nameTruncated: boolean; valueTruncated: boolean; encoding: string; mimeType: string }
  type FileInfo = { filename: string | undefined; encoding: string; mimeType: string }
  interface Busboy extends Writable {
    on(event: 'field', listener: (name: string, value: string, info: FieldInfo) => void): this
    on(event: 'file', listener: (name: string, stream: Readable, info: FileInfo) => void): this
    on(event: 'error', listener: (error: unknown) => void): this
    on(event: 'close', listener: () => void): this
  }
  function busboy(options: {
    headers: Record<string, string>
    defParamCharset?: string
    limits?: { fieldSize?: number }
  }): Busboy
  export default busboy
}
