/**
 * Where AliExit runs. AliExpress serves every language, the mobile site and the account flows
 * from subdomains of aliexpress.com, and the US store from aliexpress.us (aliexpress-facts.md,
 * "Hosts", [C]). aliexpress.ru is run by a separate company and is deliberately absent.
 */
export const ALIEXPRESS_MATCHES = ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*'] as const;

/** The site a "Continue" opens when the user has no AliExpress tab yet. */
export const DEFAULT_ORIGIN = 'https://www.aliexpress.com';

const ALIEXPRESS_HOST = /(^|\.)aliexpress\.(com|us)$/i;

export function isAliExpressHost(hostname: string): boolean {
  return ALIEXPRESS_HOST.test(hostname);
}

export function isAliExpressUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      isAliExpressHost(parsed.hostname)
    );
  } catch {
    return false;
  }
}
