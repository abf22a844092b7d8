/**
 * A user's personal data, planted in the 14 places a page might hold it: the tester report
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

/** `Jane Doe` → `jane-doe`: the forms a name takes in class names, tags and roles. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const camel = PERSONAL.name.replace(' ', '');

/**
 * Plants the user's data in the 14 places a page might hold it: the path (see
 * `personalPath`), tag names, class names in every form the skeleton reads, roles, ids, title,
 * aria-label, alt, data-*, href, value, placeholder, name and text.
 */
export function plantPersonalData(doc: Document): void {
  const elements = [...doc.body.querySelectorAll('*')];
  for (const [index, element] of elements.entries()) {
    const value = Object.values(PERSONAL)[index % 5] ?? '';
    if (index % 3 === 0) element.append(doc.createTextNode(` ${value} `));
    element.setAttribute('title', value);
    element.setAttribute('aria-label', PERSONAL.name);
    element.setAttribute('aria-description', PERSONAL.name);
    element.setAttribute('alt', PERSONAL.address);
    element.setAttribute('data-user', PERSONAL.email);
    element.setAttribute('placeholder', PERSONAL.phone);
    element.setAttribute('name', slug(PERSONAL.name));
    if (index % 2 === 0) element.setAttribute('role', slug(PERSONAL.name));
    if (index % 7 === 0) element.id = `order-${PERSONAL.order}`;
    element.classList.add(
      // A plain class, a UI kit's form, a module stem, a module part, a module hash.
      `user-${slug(PERSONAL.name)}`,
      `comet-${slug(PERSONAL.name)}`,
      `${slug(PERSONAL.name)}--item--${PERSONAL.order}`,
      `my-account--${camel}--1a2B3c`,
      `account-setting--item--${PERSONAL.order}`,
    );
    if (element.localName === 'a') {
      element.setAttribute('href', `/p/order/detail.html?orderId=${PERSONAL.order}`);
    }
    if (element.localName === 'input') (element as HTMLInputElement).value = PERSONAL.phone;
    // Custom elements named after the user, beside the page's own.
    if (index % 4 === 0) {
      element.append(doc.createElement(`user-${slug(PERSONAL.name)}-${PERSONAL.order}`));
      element.append(doc.createElement(`x-${PERSONAL.order}`));
    }
  }
  const profile = doc.createElement('a');
  profile.href = `mailto:${PERSONAL.email}`;
  profile.textContent = `${PERSONAL.name}, ${PERSONAL.address}, ${PERSONAL.phone}`;
  doc.body.prepend(profile);
}

/** The page's address with the user's data in its path (a store or profile page). */
export function personalPath(url: URL): URL {
  const planted = new URL(url);
  planted.pathname = `/store/${PERSONAL.email}/${slug(PERSONAL.name)}/${PERSONAL.order}${url.pathname}`;
  return planted;
}
