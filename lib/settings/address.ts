/**
 * The council's Mosaic address: checked, reduced to an origin and turned into the match pattern
 * the extension asks permission for and runs its detector on.
 *
 * Only https addresses are accepted, except for this computer (`localhost`, `127.0.0.1`), where
 * http is allowed for testing. Anything after the address (a path, a query) is dropped: the
 * extension runs on the whole Mosaic site, and only where it recognises a supported page.
 */

export type AddressResult =
  { ok: true; origin: string; pattern: string } | { ok: false; message: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export function normaliseMosaicAddress(input: string): AddressResult {
  const text = input.trim();
  if (!text)
    return {
      ok: false,
      message: 'Enter the Mosaic address, for example https://mosaic.council.gov.uk.',
    };
  if (/\s/.test(text))
    return { ok: false, message: `"${text}" has a space in it. Enter one address per line.` };
  if (text.includes('*')) {
    return {
      ok: false,
      message: `"${text}" has a * in it. Enter the exact Mosaic address, without wildcards.`,
    };
  }
  // Accept "mosaic.council.gov.uk" as https://mosaic.council.gov.uk
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return {
      ok: false,
      message: `"${text}" is not a web address. Enter it like https://mosaic.council.gov.uk.`,
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: `"${text}" has a user name or password in it. Enter the address only.`,
    };
  }
  const host = url.hostname.toLowerCase();
  if (!host) return { ok: false, message: `"${text}" has no site name.` };
  if (url.protocol === 'http:') {
    if (!LOCAL_HOSTS.has(host)) {
      return {
        ok: false,
        message: `"${text}" starts with http://. Mosaic must be reached over https:// (http is allowed only for localhost and 127.0.0.1).`,
      };
    }
  } else if (url.protocol !== 'https:') {
    return { ok: false, message: `"${text}" is not an https:// address.` };
  }
  if (!host.includes('.') && !LOCAL_HOSTS.has(host)) {
    return {
      ok: false,
      message: `"${text}" is not a full site name. Enter it like https://mosaic.council.gov.uk.`,
    };
  }
  const origin = url.origin.toLowerCase();
  return { ok: true, origin, pattern: `${origin}/*` };
}

/** The match pattern for an address that is already known to be valid, or null. */
export function addressPattern(address: string): string | null {
  const r = normaliseMosaicAddress(address);
  return r.ok ? r.pattern : null;
}

/** Match patterns for a list of addresses, without duplicates; invalid addresses are left out. */
export function addressPatterns(addresses: readonly string[]): string[] {
  const out = new Set<string>();
  for (const a of addresses) {
    const p = addressPattern(a);
    if (p) out.add(p);
  }
  return [...out];
}
