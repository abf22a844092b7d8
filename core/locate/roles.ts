/** ARIA roles the step model speaks of; implicit roles are derived from the tag as browsers do. */
export type Role =
  'button' | 'link' | 'menuitem' | 'checkbox' | 'radio' | 'textbox' | 'tab' | 'option';

export const ROLES: ReadonlySet<string> = new Set<Role>([
  'button',
  'link',
  'menuitem',
  'checkbox',
  'radio',
  'textbox',
  'tab',
  'option',
]);

/** Elements a user acts on. A hit inside one of these is credited to it. */
export const INTERACTIVE_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'label',
  'summary',
  ...[...ROLES].map((role) => `[role="${role}"]`),
].join(',');

export function roleOf(element: Element): Role | undefined {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit && ROLES.has(explicit)) return explicit as Role;
  const tag = element.localName;
  if (tag === 'a' && element.hasAttribute('href')) return 'link';
  if (tag === 'button' || tag === 'summary') return 'button';
  if (tag === 'textarea') return 'textbox';
  if (tag === 'input') return inputRole((element as HTMLInputElement).type);
  return undefined;
}

function inputRole(type: string): Role | undefined {
  switch (type) {
    case 'checkbox':
      return 'checkbox';
    case 'radio':
      return 'radio';
    case 'button':
    case 'submit':
    case 'reset':
    case 'image':
      return 'button';
    case 'text':
    case 'email':
    case 'tel':
    case 'number':
    case 'password':
    case 'search':
    case '':
      return 'textbox';
    default:
      return undefined;
  }
}
