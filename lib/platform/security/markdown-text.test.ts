import { describe, expect, it } from 'vitest'
import { mdText, mdUrl } from './markdown-text'

describe('mdText', () => {
  it('leaves ordinary prose readable', () => {
    expect(mdText('Run a customer interview, e.g. with 5 users (about 2 h).')).toBe(
      'Run a customer interview, e.g. with 5 users (about 2 h).',
    )
    expect(mdText('R&D and Q&A')).toBe('R&D and Q&A')
  })

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](https://evil.example/t.png)', '!\\[x\\](https://evil.example/t.png)'],
    ['Title\n# Injected heading', 'Title # Injected heading'],
    ['x\r\nBEGIN:VEVENT\r\nSUMMARY:hi', 'x BEGIN:VEVENT SUMMARY:hi'],
    ['# Heading', '\\# Heading'],
    ['- item', '\\- item'],
    ['1. item', '\\1. item'],
    ['**bold** _it_ `code` ~~s~~ | pipe', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\| pipe'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['back\\slash', 'back\\\\slash'],
  ])('writes %j as %j', (input, output) => {
    expect(mdText(input)).toBe(output)
  })
})

describe('mdUrl', () => {
  it('keeps web addresses and drops every other scheme', () => {
    expect(mdUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1')
    expect(mdUrl('javascript:alert(1)')).toBeNull()
    expect(mdUrl('data:text/html,<script>')).toBeNull()
    expect(mdUrl(undefined)).toBeNull()
    expect(mdUrl('https://example.com/a>b')).toBe('https://example.com/a%3Eb')
  })
})
