import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { MessageKey } from '../../core/steps/types';

export interface Section {
  readonly id: string;
  readonly label: MessageKey;
  readonly render: () => ComponentChildren;
}

interface SectionTabsProps {
  readonly sections: readonly Section[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

/**
 * The popup's sections as WAI-ARIA tabs: Tab reaches the selected tab, arrow keys (mirrored
 * right to left), Home and End move between tabs and show the one they land on.
 */
export function SectionTabs({ sections, selected, onSelect }: SectionTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  // A panel's content is drawn when it is first shown, then kept (with what the user opened
  // in it): the popup's first paint waits for no section the user has not asked for.
  const shown = useRef(new Set<string>());
  shown.current.add(selected);

  const move = (event: KeyboardEvent) => {
    const index = sections.findIndex((section) => section.id === selected);
    const rtl = list.current?.closest('[dir="rtl"]') !== null;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === forward
        ? (index + 1) % sections.length
        : event.key === backward
          ? (index - 1 + sections.length) % sections.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? sections.length - 1
              : -1;
    const section = sections[next];
    if (!section) return;
    event.preventDefault();
    onSelect(section.id);
    list.current?.querySelector<HTMLElement>(`#tab-${section.id}`)?.focus();
  };

  return (
    <>
      <div ref={list} class="tabs" role="tablist" aria-label={t('sectionsLabel')} onKeyDown={move}>
        {sections.map((section) => (
          <button
            key={section.id}
            type="button"
            role="tab"
            id={`tab-${section.id}`}
            data-section={section.id}
            aria-selected={section.id === selected}
            aria-controls={`panel-${section.id}`}
            tabIndex={section.id === selected ? 0 : -1}
            onClick={() => onSelect(section.id)}
          >
            {t(section.label)}
          </button>
        ))}
      </div>
      {sections.map((section) => (
        <section
          key={section.id}
          role="tabpanel"
          id={`panel-${section.id}`}
          aria-labelledby={`tab-${section.id}`}
          class="panel"
          hidden={section.id !== selected}
          tabIndex={0}
        >
          {shown.current.has(section.id) && section.render()}
        </section>
      ))}
    </>
  );
}
