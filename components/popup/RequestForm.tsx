import { t } from '../../core/i18n';
import { letterText, mailtoHref, type Letter } from '../../core/request/compose';
import {
  LAW_IDS,
  LAWS,
  isLawId,
  lawLabel,
  type LawId,
  type LawSource,
} from '../../core/request/laws';
import { ALIEXPRESS_RECIPIENT } from '../../core/request/recipient';
import { CopyButton } from './CopyButton';
import { LawSourceNote } from './RequestSource';

/** The article a deadline note names ("GDPR Art. 12(3)"): not translated. */
function citeOf(source: LawSource): string[] {
  return source.kind === 'law' ? [source.cite] : [];
}

interface RequestFormProps {
  readonly law: LawId;
  readonly onLaw: (law: LawId) => void;
  readonly name: string;
  readonly onName: (name: string) => void;
  readonly email: string;
  readonly onEmail: (email: string) => void;
  readonly letter: Letter;
  readonly copy: (text: string) => Promise<void>;
}

/**
 * Where you live, name and account email (kept in the popup's memory only), the request in
 * English with a line in the user's language saying what it asks, and the two ways to send it.
 */
export function RequestForm(props: RequestFormProps) {
  const { law, letter } = props;
  const recipient = ALIEXPRESS_RECIPIENT;
  return (
    <div class="request-form">
      <label class="field">
        <span>{t('requestPlace')}</span>
        <select
          data-field="place"
          value={law}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isLawId(value)) props.onLaw(value);
          }}
        >
          {LAW_IDS.map((id) => (
            <option key={id} value={id}>
              {t(LAWS[id].place)}
            </option>
          ))}
        </select>
      </label>
      <p data-law-note={law}>{t(LAWS[law].deadlineNote, citeOf(LAWS[law].deadlineSource))}</p>
      <LawSourceNote source={LAWS[law].deadlineSource} />
      <label class="field">
        <span>{t('requestName')}</span>
        <input
          type="text"
          data-field="name"
          autocomplete="name"
          value={props.name}
          onInput={(event) => props.onName(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('requestEmail')}</span>
        <input
          type="email"
          data-field="email"
          autocomplete="email"
          value={props.email}
          onInput={(event) => props.onEmail(event.currentTarget.value)}
        />
      </label>
      <p class="hint">{t('requestNotStored')}</p>
      <h2 class="subhead">{t('requestPreview')}</h2>
      <p data-request-summary>{t('requestSummary', [lawLabel(law, t)])}</p>
      <dl class="recipient">
        <dt>{t('requestTo')}</dt>
        <dd data-recipient="email" lang="en" dir="ltr">
          {recipient.email}
        </dd>
        <dt>{t('requestPostal')}</dt>
        <dd data-recipient="postal" lang="en" dir="ltr">
          {recipient.postal.map((line) => (
            <span key={line} class="line">
              {line}
            </span>
          ))}
        </dd>
      </dl>
      <p class="source third-party">
        <a href={recipient.source.url} target="_blank" rel="noopener noreferrer">
          {t('sourceRecipient', [recipient.source.checked])}
          <span class="sr-only"> {t('opensInNewTab')}</span>
        </a>
      </p>
      <pre class="letter" data-letter="request" tabIndex={0} lang="en" dir="ltr">
        {letterText(letter)}
      </pre>
      <div class="row wrap">
        <a class="button primary" data-action="open-mail" href={mailtoHref(letter)}>
          {t('openInEmail')}
        </a>
        <CopyButton action="copy-request" text={letterText(letter)} copy={props.copy} />
      </div>
    </div>
  );
}
