import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { formatInspection, formatReport, type Versions } from '../../core/report/format';
import type { Correction } from '../../core/corrections/types';
import type { Inspection } from '../../core/report/inspection';

interface TestersProps {
  /** Asks the active tab's content script for a fresh look; null when no page answers. */
  readonly inspect: () => Promise<Inspection | null>;
  readonly versions: Versions;
  /** Puts the report on the clipboard (on the user's click: browsers allow it then). */
  readonly copy: (text: string) => Promise<void>;
  /** The user's corrections, folded into the report (what their site showed instead). */
  readonly corrections?: () => readonly Correction[];
}

/**
 * For testers, closed by default: what AliExit sees on this tab and a report to paste into a bug.
 * The page is looked at only when the section is opened: an idle page does no extra work.
 */
export function Testers({ inspect, versions, copy, corrections }: TestersProps) {
  const [inspection, setInspection] = useState<Inspection | null | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const report = inspection ? formatReport(inspection, versions, corrections?.() ?? []) : '';
  const onToggle = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open) return;
    setCopied(false);
    void inspect().then(setInspection);
  };
  return (
    <details class="testers" data-section="testers" onToggle={onToggle}>
      <summary>{t('testersTitle')}</summary>
      {inspection === null && <p>{t('testersNoPage')}</p>}
      {inspection && (
        <>
          <pre data-testers="inspection">{formatInspection(inspection)}</pre>
          <p>{t('testersReportIntro')}</p>
          <pre data-testers="report" tabIndex={0}>
            {report}
          </pre>
          <button
            type="button"
            data-action="copy-report"
            onClick={() => void copy(report).then(() => setCopied(true))}
          >
            {t('copyReport')}
          </button>
          {copied && <p role="status">{t('reportCopied')}</p>}
        </>
      )}
    </details>
  );
}
