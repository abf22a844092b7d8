import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { MessageKey } from '../../core/steps/types';

interface CopyButtonProps {
  readonly action: string;
  readonly text: string;
  readonly copy: (text: string) => Promise<void>;
  readonly label?: MessageKey;
}

/** Puts a text on the clipboard on the user's click, and says so. */
export function CopyButton({ action, text, copy, label = 'copyText' }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        data-action={action}
        onClick={() => void copy(text).then(() => setCopied(true))}
      >
        {t(label)}
      </button>
      <span role="status" class="copied">
        {copied ? t('reportCopied') : ''}
      </span>
    </>
  );
}
