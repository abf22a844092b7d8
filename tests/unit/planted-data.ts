/**
 * A user's personal data, planted everywhere a page might hold it: the tester report
 * (report.test.ts) and the user's corrections (corrections.test.ts) must carry none of it.
 */

/** What a user's page may hold: none of it may reach a report. */
export const PERSONAL = {
  email: 'jane.doe@example.com',
  name: 'Jane Doe',
  phone: '+44 7700 900123',
  order: '8123456789012345',
  address: '221B Baker Street',
};
export const NEVER_IN_A_REPORT = [
  'jane',
  'doe',
  'example.com',
  '7700',
  '900123',
  '8123456789012345',
  'baker',
  '221',
  'spm',
];

/** Plants the user's data everywhere a page might hold it: text, attributes, links, inputs. */
export function plantPersonalData(doc: Document): void {
  const elements = [...doc.body.querySelectorAll('*')];
  for (const [index, element] of elements.entries()) {
    const value = Object.values(PERSONAL)[index % 5] ?? '';
    if (index % 3 === 0) element.append(doc.createTextNode(` ${value} `));
    element.setAttribute('title', value);
    element.setAttribute('data-user', PERSONAL.email);
    element.setAttribute('aria-description', PERSONAL.name);
    if (index % 7 === 0) element.id = `order-${PERSONAL.order}`;
    if (index % 11 === 0) element.classList.add(`user-${PERSONAL.name.replace(' ', '-')}`);
    if (index % 13 === 0) element.classList.add(`order--id--${PERSONAL.order}`);
    if (element.localName === 'a') {
      element.setAttribute('href', `/p/order/detail.html?orderId=${PERSONAL.order}`);
    }
    if (element.localName === 'input') (element as HTMLInputElement).value = PERSONAL.phone;
  }
  const profile = doc.createElement('a');
  profile.href = `mailto:${PERSONAL.email}`;
  profile.textContent = `${PERSONAL.name}, ${PERSONAL.address}, ${PERSONAL.phone}`;
  doc.body.prepend(profile);
}
