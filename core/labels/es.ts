import { ours } from './ours';

/** Spanish (es.aliexpress.com). Every label is our own translation,
 * except Identifícate / Regístrate: seen on the real site, each marked in its `seen` entry with its source.
 */
export const es = ours({
  signInRegister: {
    phrases: [
      'Iniciar sesión / Registrarse',
      'Identifícate / Regístrate',
      'Inicia sesión / Regístrate',
      'Iniciar sesión o registrarse',
    ],
    seen: [
      {
        phrases: ['Identifícate / Regístrate'],
        source: 'single-source',
        note: 'es.aliexpress.com header as copied into many clones (medium confidence) [src:real-localized-words]',
      },
    ],
  },
  signIn: ['Iniciar sesión', 'Inicia sesión', 'Identifícate', 'Entrar', 'Acceder'],
  continue: ['Continuar', 'Siguiente'],
  back: ['Atrás', 'Volver'],
  unknownEmail: [
    'No tienes una cuenta con este correo electrónico',
    'No existe ninguna cuenta con este correo electrónico',
  ],
  account: ['Cuenta', 'Mi cuenta'],
  settings: ['Configuración', 'Ajustes', 'Configuración de la cuenta'],
  deleteAccountLink: ['Eliminar cuenta', 'Borrar cuenta', 'Eliminar la cuenta'],
  deleteYourAccount: [
    'Eliminar tu cuenta',
    'Eliminar su cuenta',
    'Borrar tu cuenta',
    'Elimina tu cuenta',
    'Eliminar mi cuenta',
    'Borrar mi cuenta',
  ],
  securityVerification: [
    'Verificación de seguridad',
    'Verifica tu identidad',
    'Verificar identidad',
  ],
  emailMethod: [
    'Con la verificación de tu correo electrónico',
    'Con tu correo electrónico',
    'Verificar con correo electrónico',
    'Por correo electrónico',
    'Verificación por correo electrónico',
  ],
  verificationCode: ['Código de verificación', 'Introduce el código'],
  verify: ['Verificar', 'Comprobar', 'Enviar'],
  confirmSentence: {
    phrases: ['Sí, quiero cerrar permanentemente mi cuenta de AliExpress y eliminar mis datos'],
    allWords: [
      ['cerrar', 'eliminar', 'borrar', 'cierre', 'eliminación'],
      ['cuenta'],
      ['permanentemente', 'definitivamente', 'datos'],
    ],
  },
  deleteAccountButton: ['Eliminar cuenta', 'Eliminar', 'Borrar cuenta', 'Confirmar eliminación'],
  accountDeleted: [
    'Tu cuenta ha sido eliminada',
    'Cuenta eliminada',
    'Se ha eliminado tu cuenta',
    'Tu cuenta se ha eliminado',
  ],
  orderMethod: [
    'Con un pedido anterior pagado con tarjeta',
    'Con un pedido anterior',
    'Verificar con un pedido',
  ],
  customerService: [
    'Contactar con atención al cliente',
    'Atención al cliente',
    'Servicio de atención al cliente',
    'Contacta con el servicio de atención al cliente',
  ],
  privacyDeleteMyAccount: ['Eliminar mi cuenta', 'Borrar mi cuenta'],
  privacyDelete: ['Eliminar', 'Enviar', 'Borrar'],
  privacySubmitted: [
    'Tu solicitud ha sido enviada',
    'Solicitud enviada',
    'Se ha enviado tu solicitud',
  ],
  legacyProfile: ['Editar perfil de miembro', 'Perfil de miembro'],
  legacyDeactivate: ['Desactivar cuenta', 'Desactivar mi cuenta'],
  slideToVerify: [
    'Desliza para verificar',
    'Deslice para verificar',
    'Desliza para completar el puzle',
  ],
});
