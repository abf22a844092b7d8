import { ours } from './ours';

/** Polish (pl.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const pl = ours({
  signInRegister: ['Zaloguj się / Zarejestruj się', 'Zaloguj / Zarejestruj'],
  signIn: ['Zaloguj się', 'Zaloguj'],
  continue: ['Kontynuuj', 'Dalej'],
  back: ['Wstecz', 'Powrót'],
  unknownEmail: ['Nie masz konta z tym adresem e-mail', 'Brak konta z tym adresem e-mail'],
  account: ['Konto', 'Moje konto'],
  settings: ['Ustawienia', 'Ustawienia konta'],
  deleteAccountLink: ['Usuń konto', 'Usuwanie konta'],
  deleteYourAccount: ['Usuń swoje konto', 'Usuń Twoje konto', 'Usuń moje konto'],
  securityVerification: ['Weryfikacja bezpieczeństwa', 'Potwierdź swoją tożsamość'],
  emailMethod: [
    'Za pomocą weryfikacji e-mail',
    'Przez e-mail',
    'Za pomocą adresu e-mail',
    'Weryfikacja przez e-mail',
    'E-mailem',
  ],
  verificationCode: ['Kod weryfikacyjny', 'Wpisz kod'],
  verify: ['Zweryfikuj', 'Potwierdź', 'Wyślij'],
  confirmSentence: {
    phrases: ['Tak, chcę trwale zamknąć moje konto AliExpress i usunąć moje dane'],
    allWords: [
      ['zamknąć', 'usunąć', 'zamknięcie', 'usunięcie'],
      ['konto', 'konta'],
      ['trwale', 'dane', 'danych'],
    ],
  },
  deleteAccountButton: ['Usuń konto', 'Usuń'],
  accountDeleted: ['Twoje konto zostało usunięte', 'Konto usunięte'],
  orderMethod: [
    'Za pomocą wcześniejszego zamówienia opłaconego kartą',
    'Za pomocą wcześniejszego zamówienia',
  ],
  customerService: ['Skontaktuj się z obsługą klienta', 'Obsługa klienta'],
  privacyDeleteMyAccount: ['Usuń moje konto'],
  privacyDelete: ['Usuń', 'Wyślij'],
  privacySubmitted: [
    'Twoja prośba została wysłana',
    'Wniosek wysłany',
    'Twoje zgłoszenie zostało wysłane',
  ],
  legacyProfile: ['Edytuj profil członka', 'Profil członka'],
  legacyDeactivate: ['Dezaktywuj konto'],
  slideToVerify: ['Przesuń, aby zweryfikować', 'Przesuń suwak'],
});
