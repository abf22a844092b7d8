import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSent } from '../../core/request/sent';
import { SENT_KEY, readSent, writeSent } from '../../core/request/storage';

describe('the stored written request', () => {
  it('is a date and a law; anything else is dropped', () => {
    expect(parseSent({ sentOn: '2027-01-31', law: 'gdpr' })).toEqual({
      sent: { sentOn: '2027-01-31', law: 'gdpr' },
      repaired: false,
    });
    expect(parseSent({ sentOn: '2027-01-31', law: 'gdpr', name: 'Ada' })).toEqual({
      sent: { sentOn: '2027-01-31', law: 'gdpr' },
      repaired: true,
    });
  });

  it.each([
    ['a string', 'yesterday'],
    ['an array', ['2027-01-31', 'gdpr']],
    ['an unknown law', { sentOn: '2027-01-31', law: 'moon-law' }],
    ['a day that does not exist', { sentOn: '2027-02-30', law: 'gdpr' }],
    ['a time instead of a day', { sentOn: '2027-01-31T10:00:00Z', law: 'gdpr' }],
  ])('repairs %s in storage, never fails', async (_, value) => {
    await fakeBrowser.storage.local.set({ [SENT_KEY]: value });
    expect(await readSent()).toEqual({ sent: null, repaired: true });
    expect(await fakeBrowser.storage.local.get(SENT_KEY)).toEqual({});
  });

  it('writes exactly the two fields (and at most its version beside them)', async () => {
    const extra = { sentOn: '2027-01-31', law: 'lgpd', email: 'x@example.org' };
    await writeSent(extra as unknown as Parameters<typeof writeSent>[0]);
    const local = await fakeBrowser.storage.local.get(null);
    expect(local[SENT_KEY]).toEqual({ sentOn: '2027-01-31', law: 'lgpd' });
    expect(Object.keys(local).filter((key) => key !== `${SENT_KEY}$`)).toEqual([SENT_KEY]);
    await writeSent(null);
    expect((await readSent()).sent).toBeNull();
  });
});
