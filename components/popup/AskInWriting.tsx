import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { composeRequest } from '../../core/request/compose';
import { createRequestModel } from '../../core/request/model';
import { presetLaw } from '../../core/request/preset';
import type { LawId } from '../../core/request/laws';
import { RequestForm } from './RequestForm';
import { RequestStatus } from './RequestStatus';
import { WhatIDid } from './WhatIDid';

/** The browser's UI language first, then the user's preferred languages (they carry regions). */
function browserLanguages(): string[] {
  return [browser.i18n.getUILanguage(), ...(globalThis.navigator?.languages ?? [])];
}

interface AskInWritingProps {
  readonly copy: (text: string) => Promise<void>;
  /** Where the user lives, as first shown; the user can always change it. */
  readonly initialLaw?: LawId;
}

/**
 * "Ask in writing": a written erasure request when the site's buttons fail. What the user types
 * lives in this component's state only: it is never stored and is gone when the popup closes.
 * "I sent it" stores the day and the law; "What I did" shows the dates kept.
 */
export function AskInWriting({ copy, initialLaw }: AskInWritingProps) {
  const request = useMemo(() => createRequestModel(), []);
  useEffect(() => {
    const connected = request.connect();
    return () => void connected.then((stop) => stop());
  }, [request]);
  const [law, setLaw] = useState<LawId>(() => initialLaw ?? presetLaw(browserLanguages()));
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const requester = { name, email };
  const letter = composeRequest(law, requester);
  const sent = request.sent.value;
  const status = request.status.value;

  return (
    <div class="ask-in-writing">
      <p>{t('requestIntro')}</p>
      {sent && status && (
        <RequestStatus
          sent={sent}
          status={status}
          requester={requester}
          copy={copy}
          onForget={() => void request.forget()}
        />
      )}
      <RequestForm
        law={law}
        onLaw={setLaw}
        name={name}
        onName={setName}
        email={email}
        onEmail={setEmail}
        letter={letter}
        copy={copy}
      />
      {request.loaded.value && !sent && (
        <div class="sent">
          <button
            type="button"
            class="primary"
            data-action="sent-request"
            onClick={() => void request.markSent(law)}
          >
            {t('iSentIt')}
          </button>
          <p class="hint">{t('iSentItHint')}</p>
        </div>
      )}
      <WhatIDid entries={request.entries.value} copy={copy} />
    </div>
  );
}

/** A pointer to "Ask in writing" from another section (No email access, Questions). */
export function AskInWritingPointer({ onOpen }: { readonly onOpen: () => void }) {
  return (
    <div class="pointer" data-pointer="request">
      <p>{t('requestPointer')}</p>
      <button type="button" data-action="open-request" onClick={onOpen}>
        {t('tabRequest')}
      </button>
    </div>
  );
}
