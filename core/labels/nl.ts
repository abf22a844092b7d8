import { ours } from './ours';

/** Dutch (nl.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const nl = ours({
  signInRegister: ['Inloggen / Registreren', 'Aanmelden / Registreren'],
  signIn: ['Inloggen', 'Aanmelden'],
  continue: ['Doorgaan', 'Volgende'],
  back: ['Terug'],
  unknownEmail: [
    'Je hebt geen account met dit e-mailadres',
    'Er is geen account met dit e-mailadres',
  ],
  account: ['Account', 'Mijn account'],
  settings: ['Instellingen', 'Accountinstellingen'],
  deleteAccountLink: ['Account verwijderen'],
  deleteYourAccount: [
    'Je account verwijderen',
    'Uw account verwijderen',
    'Verwijder je account',
    'Mijn account verwijderen',
    'Verwijder mijn account',
  ],
  securityVerification: [
    'Beveiligingscontrole',
    'Verifieer je identiteit',
    'Beveiligingsverificatie',
  ],
  emailMethod: [
    'Met je e-mailverificatie',
    'Met je e-mail',
    'Via e-mail',
    'Met uw e-mail',
    'Verifiëren via e-mail',
  ],
  verificationCode: ['Verificatiecode', 'Voer de verificatiecode in'],
  verify: ['Verifiëren', 'Bevestigen', 'Verzenden'],
  confirmSentence: {
    phrases: ['Ja, ik wil mijn AliExpress-account permanent sluiten en mijn gegevens verwijderen'],
    allWords: [
      ['sluiten', 'verwijderen', 'opheffen'],
      ['account'],
      ['permanent', 'definitief', 'gegevens'],
    ],
  },
  deleteAccountButton: ['Account verwijderen', 'Verwijderen'],
  accountDeleted: ['Je account is verwijderd', 'Account verwijderd', 'Uw account is verwijderd'],
  orderMethod: ['Met een eerdere bestelling betaald met een kaart', 'Met een eerdere bestelling'],
  customerService: ['Contact opnemen met de klantenservice', 'Klantenservice'],
  privacyDeleteMyAccount: ['Mijn account verwijderen', 'Verwijder mijn account'],
  privacyDelete: ['Verwijderen', 'Verzenden'],
  privacySubmitted: ['Je verzoek is verzonden', 'Verzoek verzonden', 'Uw verzoek is ingediend'],
  legacyProfile: ['Ledenprofiel bewerken', 'Ledenprofiel'],
  legacyDeactivate: ['Account deactiveren'],
  slideToVerify: ['Schuif om te verifiëren', 'Sleep om te verifiëren'],
});
