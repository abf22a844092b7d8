import type { SideGuide } from './types';
import { targets } from './targets';

/**
 * Guidance for pages off the main route, first match wins (so a bot check comes before all).
 * The single source of these pages' texts and targets, as route.ts is for the steps.
 */
export const SIDE_GUIDES: readonly SideGuide[] = [
  {
    id: 'bot-check',
    kind: 'notice',
    text: { title: 'botCheckTitle', instruction: 'botCheckDo', lookFor: 'botCheckLookFor' },
    placements: [{ page: 'bot-check', phases: [{ find: targets.botCheck }] }],
    provenance: {
      confidence: 'confirmed',
      note: 'punish URLs and the slider captcha ([src:bot-check-url])',
    },
  },
  {
    id: 'legacy-account',
    kind: 'notice',
    text: { title: 'legacyTitle', instruction: 'legacyDo', lookFor: 'legacyLookFor' },
    placements: [{ page: 'legacy-account', phases: [] }],
    link: { path: '/account/setting/index.html', text: 'legacyLink' },
    provenance: {
      confidence: 'confirmed',
      note: 'how-to articles: the deactivate option is gone; the route is Settings → Delete account [src:claim-no-deactivate]',
    },
  },
  {
    id: 'privacy-done',
    kind: 'alternative',
    text: {
      title: 'privacyDoneTitle',
      instruction: 'privacyDoneDo',
      lookFor: 'privacyDoneLookFor',
    },
    placements: [{ page: 'privacy-submitted', phases: [] }],
    provenance: { confidence: 'inferred', note: 'the page after the request was not seen' },
  },
  {
    id: 'privacy-confirm',
    kind: 'alternative',
    text: {
      title: 'privacyConfirmTitle',
      instruction: 'privacyConfirmDo',
      lookFor: 'privacyConfirmLookFor',
    },
    placements: [
      {
        page: 'privacy-request',
        phases: [
          { find: targets.privacyAgreeBox, until: 'filled' },
          { find: targets.privacyDeleteButton, instruction: 'privacyConfirmPressDo' },
        ],
      },
    ],
    provenance: {
      confidence: 'confirmed',
      note: 'public deletion directories: type "agree" [src:privacy-texts]',
    },
  },
  {
    id: 'privacy-choose',
    kind: 'alternative',
    text: {
      title: 'privacyChooseTitle',
      instruction: 'privacyChooseDo',
      lookFor: 'privacyChooseLookFor',
    },
    placements: [{ page: 'privacy-center', phases: [{ find: targets.privacyDeleteMyAccount }] }],
    provenance: {
      confidence: 'confirmed',
      note: 'public deletion directories [src:privacy-texts]',
    },
  },
];
