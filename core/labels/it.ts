import { ours } from './ours';

/** Italian (it.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const it = ours({
  signInRegister: ['Accedi / Registrati'],
  signIn: ['Accedi', 'Entra'],
  continue: ['Continua', 'Avanti'],
  back: ['Indietro'],
  unknownEmail: ['Non hai un account con questa email', 'Nessun account associato a questa email'],
  account: ['Account', 'Il mio account', 'Profilo'],
  settings: ['Impostazioni', "Impostazioni dell'account"],
  deleteAccountLink: ['Elimina account', "Elimina l'account", 'Cancella account'],
  deleteYourAccount: [
    'Elimina il tuo account',
    'Cancella il tuo account',
    'Elimina il mio account',
  ],
  securityVerification: ['Verifica di sicurezza', 'Verifica la tua identità'],
  emailMethod: [
    'Con la verifica della tua email',
    'Con la tua email',
    'Tramite email',
    'Verifica tramite email',
    'Con la tua e-mail',
  ],
  verificationCode: ['Codice di verifica', 'Inserisci il codice'],
  verify: ['Verifica', 'Conferma', 'Invia'],
  confirmSentence: {
    phrases: [
      'Sì, voglio chiudere definitivamente il mio account AliExpress ed eliminare i miei dati',
    ],
    allWords: [
      ['chiudere', 'eliminare', 'cancellare', 'chiusura', 'eliminazione'],
      ['account'],
      ['definitivamente', 'permanentemente', 'dati'],
    ],
  },
  deleteAccountButton: ['Elimina account', 'Elimina', "Elimina l'account"],
  accountDeleted: ['Il tuo account è stato eliminato', 'Account eliminato'],
  orderMethod: ['Con un ordine precedente pagato con carta', 'Con un ordine precedente'],
  customerService: [
    'Contatta il servizio clienti',
    'Servizio clienti',
    "Contatta l'assistenza clienti",
    'Assistenza clienti',
  ],
  privacyDeleteMyAccount: ['Elimina il mio account'],
  privacyDelete: ['Elimina', 'Invia'],
  privacySubmitted: ['La tua richiesta è stata inviata', 'Richiesta inviata'],
  legacyProfile: ['Modifica profilo membro', 'Profilo membro'],
  legacyDeactivate: ['Disattiva account', "Disattiva l'account"],
  slideToVerify: ['Scorri per verificare', 'Trascina per verificare'],
});
