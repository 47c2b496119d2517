/** lib/settings/address.ts: the Mosaic address a worker types, as an origin and match patterns. */
import { describe, expect, it } from 'vitest';
import { addressPatterns, normaliseMosaicAddress } from '@/lib/settings/address';

describe('Mosaic address', () => {
  it('reduces an https address to its origin and match pattern', () => {
    expect(normaliseMosaicAddress(' https://Mosaic.Council.gov.uk/web/portal?x=1 ')).toEqual({
      ok: true,
      origin: 'https://mosaic.council.gov.uk',
      pattern: 'https://mosaic.council.gov.uk/*',
    });
  });
  it('assumes https when no scheme is given and keeps a port', () => {
    const r = normaliseMosaicAddress('mosaic.council.gov.uk:8443');
    expect(r).toMatchObject({ ok: true, pattern: 'https://mosaic.council.gov.uk:8443/*' });
  });
  it('allows http only for this computer', () => {
    expect(normaliseMosaicAddress('http://127.0.0.1:4173/')).toMatchObject({
      ok: true,
      pattern: 'http://127.0.0.1:4173/*',
    });
    expect(normaliseMosaicAddress('http://localhost')).toMatchObject({
      ok: true,
      pattern: 'http://localhost/*',
    });
    const r = normaliseMosaicAddress('http://mosaic.council.gov.uk');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/https/);
  });
  it.each([
    '',
    'https://*.council.gov.uk',
    'ftp://mosaic.council.gov.uk',
    'https://user:pw@mosaic.council.gov.uk',
    'mosaic',
    'https://a b.gov.uk',
  ])('refuses %j with a message', (input) => {
    const r = normaliseMosaicAddress(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });
  it('turns a list into patterns without duplicates or invalid entries', () => {
    expect(addressPatterns(['https://a.gov.uk/x', 'https://A.gov.uk', 'http://b.gov.uk'])).toEqual([
      'https://a.gov.uk/*',
    ]);
  });
});
