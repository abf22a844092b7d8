import { describe, expect, it } from 'vitest';
import { urlMatches } from '../../core/pages/detector';
import { home } from '../../core/pages/other-pages';
import {
  ALIEXPRESS_HOSTS,
  ALIEXPRESS_MATCHES,
  NOT_COVERED_MATCHES,
  SHOP_HOSTS,
  isAliExpressUrl,
  shopOriginOf,
} from '../../core/site/hosts';

describe('the AliExpress hosts', () => {
  it('are matched over https only', () => {
    for (const pattern of [...ALIEXPRESS_MATCHES, ...NOT_COVERED_MATCHES]) {
      expect(pattern).toMatch(/^https:\/\//);
    }
    expect(isAliExpressUrl('https://www.aliexpress.com/')).toBe(true);
    expect(isAliExpressUrl('http://www.aliexpress.com/')).toBe(false);
  });

  it('lead back to the shop from every account host, and stay on a shop host', () => {
    const accountHosts = ALIEXPRESS_HOSTS.filter((host) => !SHOP_HOSTS.includes(host));
    expect(accountHosts).toEqual(
      expect.arrayContaining([
        'privacy.aliexpress.com',
        'home.aliexpress.com',
        'my.aliexpress.com',
        'render-accounts.aliexpress.com',
        'login.aliexpress.com',
      ]),
    );
    for (const host of accountHosts) {
      const shop = shopOriginOf(`https://${host}/x#/y`);
      expect(shop, host).toMatch(/^https:\/\/www\.aliexpress\.(com|us)$/);
    }
    for (const host of SHOP_HOSTS) {
      expect(shopOriginOf(`https://${host}/p/x?y=1`), host).toBe(`https://${host}`);
    }
    expect(shopOriginOf('https://login.aliexpress.us/')).toBe('https://www.aliexpress.us');
    expect(shopOriginOf('https://evil.example/')).toBeUndefined();
    expect(shopOriginOf('not a url')).toBeUndefined();
  });

  it("are the home page's only hosts: an account host at / (my., home., privacy.) is not the shop's home", () => {
    const urls = home.urls ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const host of SHOP_HOSTS) {
      expect(urlMatches(new URL(`https://${host}/`), urls), host).toBe(true);
    }
    const accountHosts = ALIEXPRESS_HOSTS.filter((host) => !SHOP_HOSTS.includes(host));
    expect(accountHosts).toContain('my.aliexpress.com');
    for (const host of [
      ...accountHosts,
      'evil-aliexpress.com',
      'www.aliexpress.com.evil.example',
    ]) {
      expect(urlMatches(new URL(`https://${host}/`), urls), host).toBe(false);
    }
  });
});
