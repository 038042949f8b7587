import { describe, expect, it } from 'vitest';
import {
  contentDisposition,
  decodeFileNameHeader,
  encodeFileNameHeader,
  encodeRfc5987,
} from './http-file-name.js';

describe('file names in headers (RFC 5987, RFC 6266)', () => {
  it('round-trips a Ukrainian name through X-File-Name', () => {
    const name = 'Скарга (остаточна) — Ґ’ї*.pdf';
    const header = encodeFileNameHeader(name);
    expect(header).toMatch(/^UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
    expect(header.slice("UTF-8''".length)).not.toMatch(/['()*]/);
    expect(decodeFileNameHeader(header)).toBe(name);
  });

  it('encodes the characters encodeURIComponent leaves alone but RFC 5987 does not allow', () => {
    expect(encodeRfc5987("a'b(c)d*e")).toBe('a%27b%28c%29d%2Ae');
  });

  it('accepts a plain ASCII name and a lowercase charset', () => {
    expect(decodeFileNameHeader('report.pdf')).toBe('report.pdf');
    expect(decodeFileNameHeader("utf-8'uk'%D0%A4.pdf")).toBe('Ф.pdf');
  });

  it.each([
    [undefined],
    [''],
    ['   '],
    ["ISO-8859-1''%E9.pdf"],
    ["UTF-8''%E0%A4%A.pdf"],
    ["UTF-8''"],
    ['Скарга.pdf'],
  ])('refuses %j', (value) => {
    expect(decodeFileNameHeader(value)).toBeNull();
  });

  it('builds an attachment disposition with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Скарга "1".pdf')).toBe(
      `attachment; filename="_ _1_.pdf"; filename*=UTF-8''${encodeRfc5987('Скарга "1".pdf')}`,
    );
    expect(contentDisposition('Фото.png')).toBe(
      'attachment; filename="_.png"; filename*=UTF-8\'\'%D0%A4%D0%BE%D1%82%D0%BE.png',
    );
  });
});
