import { CLAIM_SOURCE_TEXT, type ClaimSource } from '../../core/claims';
import { t } from '../../core/i18n';

/** Who says so, under a claim: third parties (not AliExpress) or AliExit itself. */
export function SourceNote({ source }: { readonly source: ClaimSource }) {
  return <p class={`source ${source}`}>{t(CLAIM_SOURCE_TEXT[source])}</p>;
}
