import { ours } from './ours';

/** French (fr.aliexpress.com). Every label is our own translation: none was seen on the site. */
export const fr = ours({
  signInRegister: [
    "Se connecter / S'inscrire",
    'Connexion / Inscription',
    'Identifiez-vous / Inscrivez-vous',
    "S'identifier / S'inscrire",
  ],
  signIn: ['Se connecter', 'Connexion', "S'identifier", 'Identifiez-vous'],
  continue: ['Continuer', 'Suivant'],
  back: ['Retour'],
  unknownEmail: [
    "Vous n'avez pas de compte avec cette adresse e-mail",
    "Aucun compte n'est associé à cette adresse e-mail",
  ],
  account: ['Compte', 'Mon compte'],
  settings: ['Paramètres', 'Réglages', 'Paramètres du compte'],
  deleteAccountLink: ['Supprimer le compte', 'Suppression du compte'],
  deleteYourAccount: ['Supprimer votre compte', 'Supprimer ton compte', 'Supprimer mon compte'],
  securityVerification: [
    'Vérification de sécurité',
    'Vérifiez votre identité',
    'Vérifier votre identité',
  ],
  emailMethod: [
    'Avec la vérification de votre e-mail',
    'Avec votre e-mail',
    'Par e-mail',
    'Vérification par e-mail',
    'Avec votre adresse e-mail',
    'Par courriel',
  ],
  verificationCode: ['Code de vérification', 'Saisissez le code'],
  verify: ['Vérifier', 'Valider', 'Envoyer'],
  confirmSentence: {
    phrases: ['Oui, je veux fermer définitivement mon compte AliExpress et supprimer mes données'],
    allWords: [
      ['fermer', 'supprimer', 'clôturer', 'suppression', 'fermeture'],
      ['compte'],
      ['définitivement', 'données'],
    ],
  },
  deleteAccountButton: ['Supprimer le compte', 'Supprimer', 'Confirmer la suppression'],
  accountDeleted: ['Votre compte a été supprimé', 'Compte supprimé'],
  orderMethod: [
    'Avec une commande précédente payée par carte',
    'Avec une commande précédente',
    'Par une commande',
  ],
  customerService: ['Contacter le service client', 'Service client', 'Contactez le service client'],
  privacyDeleteMyAccount: ['Supprimer mon compte'],
  privacyDelete: ['Supprimer', 'Envoyer'],
  privacySubmitted: [
    'Votre demande a été envoyée',
    'Demande envoyée',
    'Votre demande a été soumise',
  ],
  legacyProfile: ['Modifier le profil du membre', 'Profil du membre'],
  legacyDeactivate: ['Désactiver le compte', 'Désactiver mon compte'],
  slideToVerify: ['Faites glisser pour vérifier', 'Glissez pour vérifier'],
});
