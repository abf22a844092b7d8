import type { LabelKey, Meaning } from './types';

/**
 * Meanings: what the route's controls may say in words no source shows . Every entry is
 * ours, in every language: a guess at how a copy-writing pass could word the same control, kept
 * apart from the phrases (which carry their sources) and weaker than them. A meaning alone is
 * "probably this one", and only on a control of the step's role, in the page's main content, in
 * the place of the page's way forward (beside Cancel, the primary action, among alike options).
 */
export const MEANINGS_NOTE =
  'ours: words a reworded control may use; matched with its role and place, never alone';

export interface LanguageMeanings {
  readonly functionWords: readonly string[];
  readonly cancelWords: readonly string[];
  readonly meanings: Partial<Readonly<Record<LabelKey, readonly Meaning[]>>>;
}

const EN: LanguageMeanings = {
  // With the greetings a header writes before its Account ("Welcome Account").
  functionWords: [
    'a',
    'an',
    'the',
    'to',
    'my',
    'your',
    'of',
    'for',
    'and',
    'now',
    'please',
    'this',
    'welcome',
    'hi',
    'hello',
  ],
  cancelWords: ['cancel', 'keep my account', 'go back', 'not now'],
  meanings: {
    // The explainer's way on: "Continue to delete account", "Proceed with account deletion". A
    // forward or possessive word tells it from the final "Delete account" button.
    deleteYourAccount: [
      {
        groups: [
          ['continue', 'proceed', 'next', 'start', 'request', 'your', 'my'],
          ['delete', 'deleting', 'deletion', 'remove', 'close', 'closing'],
          ['account'],
        ],
        fillers: ['with', 'to', 'account'],
      },
    ],
    emailMethod: [
      {
        groups: [['email', 'e mail', 'mail']],
        fillers: ['verify', 'verification', 'by', 'with', 'via', 'use', 'get', 'send', 'code', 'e'],
      },
    ],
    verify: [{ groups: [['verify', 'confirm', 'submit']], fillers: ['code', 'it'] }],
    confirmSentence: [
      {
        groups: [
          ['delete', 'deleting', 'deletion', 'close', 'closing', 'remove', 'removing'],
          ['account'],
          ['permanent', 'permanently', 'data', 'irreversible'],
        ],
        sentence: true,
      },
    ],
    // The final button: "Permanently delete account", "Delete account now". No forward word.
    deleteAccountButton: [
      {
        groups: [['delete', 'remove', 'close'], ['account']],
        fillers: ['permanently', 'forever', 'confirm', 'yes'],
      },
    ],
  },
};

const ES: LanguageMeanings = {
  functionWords: [
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'de',
    'del',
    'a',
    'al',
    'mi',
    'tu',
    'su',
    'y',
    'ahora',
    'hola',
    'bienvenido',
  ],
  cancelWords: ['cancelar', 'volver', 'mantener mi cuenta'],
  meanings: {
    deleteYourAccount: [
      {
        groups: [
          ['continuar', 'seguir', 'siguiente', 'solicitar', 'tu', 'mi'],
          ['eliminar', 'eliminacion', 'borrar', 'cerrar', 'cierre'],
          ['cuenta'],
        ],
        fillers: ['con', 'para'],
      },
    ],
    emailMethod: [
      {
        groups: [['correo', 'email', 'e mail']],
        fillers: [
          'electronico',
          'por',
          'con',
          'mediante',
          'recibir',
          'codigo',
          'verificar',
          'enviar',
          'e',
        ],
      },
    ],
    verify: [{ groups: [['verificar', 'confirmar', 'comprobar']], fillers: ['codigo'] }],
    confirmSentence: [
      {
        groups: [
          ['eliminar', 'eliminacion', 'borrar', 'cerrar', 'cierre'],
          ['cuenta'],
          ['definitiva', 'definitivamente', 'permanente', 'permanentemente', 'datos'],
        ],
        sentence: true,
      },
    ],
    deleteAccountButton: [
      {
        groups: [['eliminar', 'borrar', 'cerrar'], ['cuenta']],
        fillers: ['definitivamente', 'permanentemente', 'confirmar', 'si'],
      },
    ],
  },
};

const DE: LanguageMeanings = {
  functionWords: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'ein',
    'eine',
    'mein',
    'meine',
    'ihr',
    'ihre',
    'zu',
    'zum',
    'zur',
    'und',
    'jetzt',
    'bitte',
    'hallo',
    'willkommen',
  ],
  cancelWords: ['abbrechen', 'zuruck', 'konto behalten'],
  meanings: {
    // German joins words: "Kontolöschung" holds both groups (matched inside longer words).
    deleteYourAccount: [
      {
        groups: [
          ['weiter', 'fortfahren', 'beantragen', 'mein', 'ihr'],
          ['losch', 'schliess', 'kundig'],
          ['konto'],
        ],
        fillers: ['mit'],
      },
    ],
    emailMethod: [
      {
        groups: [['mail', 'email']],
        fillers: [
          'per',
          'uber',
          'mit',
          'code',
          'erhalten',
          'bestatigen',
          'verifizieren',
          'senden',
          'e',
        ],
      },
    ],
    verify: [{ groups: [['bestatigen', 'verifizieren', 'prufen', 'absenden']], fillers: ['code'] }],
    confirmSentence: [
      {
        groups: [['losch', 'schliess', 'kundig'], ['konto'], ['endgultig', 'dauerhaft', 'daten']],
        sentence: true,
      },
    ],
    deleteAccountButton: [
      {
        groups: [['loschen', 'schliessen'], ['konto']],
        fillers: ['dauerhaft', 'endgultig', 'bestatigen', 'ja'],
      },
    ],
  },
};

const FR: LanguageMeanings = {
  functionWords: [
    'le',
    'la',
    'les',
    'l',
    'un',
    'une',
    'de',
    'du',
    'des',
    'd',
    'a',
    'au',
    'mon',
    'ma',
    'votre',
    'ton',
    'et',
    'maintenant',
    'bien',
    'bonjour',
    'bienvenue',
  ],
  cancelWords: ['annuler', 'retour', 'garder mon compte'],
  meanings: {
    deleteYourAccount: [
      {
        groups: [
          ['continuer', 'poursuivre', 'suivant', 'demander', 'mon', 'votre'],
          ['supprimer', 'suppression', 'fermer', 'fermeture', 'cloturer'],
          ['compte'],
        ],
        fillers: ['vers', 'avec', 'pour'],
      },
    ],
    emailMethod: [
      {
        groups: [['mail', 'email', 'courriel']],
        fillers: ['par', 'e', 'recevoir', 'code', 'verifier', 'verification', 'envoyer', 'via'],
      },
    ],
    verify: [{ groups: [['verifier', 'confirmer', 'valider']], fillers: ['code'] }],
    confirmSentence: [
      {
        groups: [
          ['supprimer', 'suppression', 'fermer', 'fermeture', 'cloturer'],
          ['compte'],
          ['definitive', 'definitivement', 'permanente', 'donnees'],
        ],
        sentence: true,
      },
    ],
    deleteAccountButton: [
      {
        groups: [['supprimer', 'fermer'], ['compte']],
        fillers: ['definitivement', 'confirmer', 'oui'],
      },
    ],
    // "Avec une commande déjà payée par carte": "déjà" says what "précédente" says.
    orderMethod: [
      {
        groups: [['commande'], ['precedente', 'deja', 'passee', 'anterieure']],
        fillers: ['avec', 'par', 'payee', 'carte'],
      },
    ],
  },
};

/** Languages without meanings yet: their function and Cancel words only (the running-text rule). */
function wordsOnly(
  functionWords: readonly string[],
  cancelWords: readonly string[],
): LanguageMeanings {
  return { functionWords, cancelWords, meanings: {} };
}

/** By site language, as LABEL_SETS. English meanings also apply on every localized page. */
export const MEANINGS: Readonly<Record<string, LanguageMeanings>> = {
  en: EN,
  es: ES,
  de: DE,
  fr: FR,
  it: wordsOnly(
    [
      'il',
      'lo',
      'la',
      'i',
      'gli',
      'le',
      'un',
      'una',
      'di',
      'del',
      'a',
      'al',
      'mio',
      'tuo',
      'e',
      'ora',
    ],
    ['annulla', 'indietro'],
  ),
  nl: wordsOnly(
    ['de', 'het', 'een', 'mijn', 'je', 'jouw', 'uw', 'van', 'en', 'nu'],
    ['annuleren', 'terug'],
  ),
  pt: {
    functionWords: [
      'o',
      'a',
      'os',
      'as',
      'um',
      'uma',
      'de',
      'do',
      'da',
      'meu',
      'minha',
      'sua',
      'seu',
      'e',
      'agora',
      'ola',
    ],
    cancelWords: ['cancelar', 'voltar'],
    meanings: {
      emailMethod: [
        {
          groups: [['e mail', 'email']],
          fillers: ['por', 'com', 'verificar', 'verificacao', 'receber', 'codigo', 'e'],
        },
      ],
    },
  },
  ru: wordsOnly(
    ['мой', 'мою', 'ваш', 'вашу', 'и', 'в', 'на', 'с', 'сейчас'],
    ['отмена', 'отменить', 'назад'],
  ),
  pl: wordsOnly(['moje', 'moj', 'twoje', 'i', 'w', 'na', 'z', 'teraz'], ['anuluj', 'wstecz']),
  tr: wordsOnly(['bir', 've', 'ile', 'simdi'], ['iptal', 'vazgec', 'geri']),
  ar: {
    functionWords: ['في', 'من', 'على', 'و', 'الآن', 'مرحبا'],
    cancelWords: ['إلغاء', 'رجوع'],
    meanings: {
      deleteAccountButton: [
        { groups: [['حذف'], ['الحساب', 'حسابي']], fillers: ['نهائيًا', 'نهائيا'] },
      ],
      // "عبر طلب سابق دُفع بالبطاقة": "paid" said as a verb, not as our "مدفوع".
      orderMethod: [
        { groups: [['طلب'], ['سابق']], fillers: ['دفع', 'مدفوع', 'بالبطاقة', 'عبر', 'باستخدام'] },
      ],
    },
  },
  he: wordsOnly(['את', 'של', 'ו', 'עכשיו'], ['ביטול', 'חזרה']),
  ja: wordsOnly([], ['キャンセル', '戻る']),
  ko: wordsOnly([], ['취소', '뒤로']),
  th: wordsOnly([], ['ยกเลิก', 'ย้อนกลับ']),
  vi: wordsOnly(['cua', 'toi', 'ban', 've', 'va', 'ngay'], ['huy', 'quay lai']),
  id: wordsOnly(['saya', 'anda', 'dan', 'ke', 'dari', 'sekarang'], ['batal', 'kembali']),
};
