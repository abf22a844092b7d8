import { ours } from './ours';

/** German (de.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const de = ours({
  signInRegister: ['Anmelden / Registrieren', 'Einloggen / Registrieren'],
  signIn: ['Anmelden', 'Einloggen'],
  continue: ['Weiter', 'Fortfahren'],
  back: ['Zurück'],
  unknownEmail: [
    'Mit dieser E-Mail-Adresse gibt es kein Konto',
    'Sie haben kein Konto mit dieser E-Mail-Adresse',
  ],
  account: ['Konto', 'Mein Konto'],
  settings: ['Einstellungen', 'Kontoeinstellungen'],
  deleteAccountLink: ['Konto löschen', 'Account löschen'],
  deleteYourAccount: [
    'Ihr Konto löschen',
    'Dein Konto löschen',
    'Konto jetzt löschen',
    'Mein Konto löschen',
  ],
  securityVerification: [
    'Sicherheitsüberprüfung',
    'Identität bestätigen',
    'Bestätigen Sie Ihre Identität',
    'Sicherheitsprüfung',
  ],
  emailMethod: [
    'Mit Ihrer E-Mail-Verifizierung',
    'Mit Ihrer E-Mail',
    'Per E-Mail',
    'Mit deiner E-Mail',
    'E-Mail-Verifizierung',
    'Über E-Mail bestätigen',
  ],
  verificationCode: ['Bestätigungscode', 'Verifizierungscode', 'Code eingeben'],
  verify: ['Bestätigen', 'Verifizieren', 'Überprüfen', 'Absenden'],
  confirmSentence: {
    phrases: ['Ja, ich möchte mein AliExpress-Konto dauerhaft schließen und meine Daten löschen'],
    allWords: [
      ['schließen', 'löschen', 'schliessen', 'kündigen'],
      ['konto', 'kontos', 'account'],
      ['dauerhaft', 'endgültig', 'daten'],
    ],
  },
  deleteAccountButton: ['Konto löschen', 'Löschen', 'Löschung bestätigen'],
  accountDeleted: ['Ihr Konto wurde gelöscht', 'Konto gelöscht', 'Dein Konto wurde gelöscht'],
  orderMethod: [
    'Mit einer früheren, per Karte bezahlten Bestellung',
    'Mit einer früheren Bestellung',
    'Über eine Bestellung',
  ],
  customerService: [
    'Kundenservice kontaktieren',
    'Kundenservice',
    'Kundendienst kontaktieren',
    'Kundendienst',
  ],
  privacyDeleteMyAccount: ['Mein Konto löschen'],
  privacyDelete: ['Löschen', 'Absenden'],
  privacySubmitted: [
    'Ihre Anfrage wurde übermittelt',
    'Anfrage gesendet',
    'Ihre Anfrage wurde gesendet',
  ],
  legacyProfile: ['Mitgliedsprofil bearbeiten', 'Mitgliedsprofil'],
  legacyDeactivate: ['Konto deaktivieren'],
  slideToVerify: [
    'Zum Bestätigen schieben',
    'Schieben Sie zum Verifizieren',
    'Bitte schieben Sie den Regler',
  ],
});
