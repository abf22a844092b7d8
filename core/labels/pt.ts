import { ours } from './ours';

/** Portuguese (pt.aliexpress.com). Every label is our own translation,
 * except Entrar and Continuar: seen on the real site, each marked in its `seen` entry with its source.
 */
export const pt = ours({
  signInRegister: [
    'Entrar / Cadastrar',
    'Entrar / Registrar-se',
    'Iniciar sessão / Registar',
    'Entrar / Cadastre-se',
  ],
  signIn: {
    phrases: ['Entrar', 'Iniciar sessão', 'Fazer login'],
    seen: [
      {
        phrases: ['Entrar'],
        source: 'single-source',
        note: 'pt.aliexpress.com, a public script run on the live sign-in [src:real-localized-words]',
      },
    ],
  },
  continue: {
    phrases: ['Continuar', 'Prosseguir'],
    seen: [
      {
        phrases: ['Continuar'],
        source: 'single-source',
        note: 'pt.aliexpress.com, a public script run on the live two-step sign-in [src:real-localized-words]',
      },
    ],
  },
  back: ['Voltar'],
  unknownEmail: ['Você não tem uma conta com este e-mail', 'Não há nenhuma conta com este e-mail'],
  account: ['Conta', 'Minha conta'],
  settings: ['Configurações', 'Definições', 'Configurações da conta'],
  deleteAccountLink: ['Excluir conta', 'Eliminar conta', 'Apagar conta'],
  deleteYourAccount: [
    'Excluir sua conta',
    'Eliminar a sua conta',
    'Excluir a sua conta',
    'Apagar sua conta',
    'Excluir minha conta',
    'Eliminar a minha conta',
  ],
  securityVerification: [
    'Verificação de segurança',
    'Verifique sua identidade',
    'Verifique a sua identidade',
  ],
  emailMethod: [
    'Com a verificação do seu e-mail',
    'Com seu e-mail',
    'Por e-mail',
    'Verificação por e-mail',
    'Com o seu e-mail',
  ],
  verificationCode: ['Código de verificação', 'Digite o código', 'Introduza o código'],
  verify: ['Verificar', 'Confirmar', 'Enviar'],
  confirmSentence: {
    phrases: ['Sim, quero encerrar permanentemente minha conta do AliExpress e excluir meus dados'],
    allWords: [
      ['encerrar', 'excluir', 'eliminar', 'fechar', 'apagar', 'exclusão', 'encerramento'],
      ['conta'],
      ['permanentemente', 'definitivamente', 'dados'],
    ],
  },
  deleteAccountButton: ['Excluir conta', 'Excluir', 'Eliminar conta', 'Eliminar'],
  accountDeleted: [
    'Sua conta foi excluída',
    'Conta excluída',
    'A sua conta foi eliminada',
    'Conta eliminada',
  ],
  orderMethod: [
    'Com um pedido anterior pago com cartão',
    'Com um pedido anterior',
    'Com uma encomenda anterior',
  ],
  customerService: [
    'Falar com o atendimento ao cliente',
    'Atendimento ao cliente',
    'Contatar o atendimento ao cliente',
    'Apoio ao cliente',
  ],
  privacyDeleteMyAccount: ['Excluir minha conta', 'Eliminar a minha conta'],
  privacyDelete: ['Excluir', 'Eliminar', 'Enviar'],
  privacySubmitted: [
    'Sua solicitação foi enviada',
    'Solicitação enviada',
    'O seu pedido foi enviado',
  ],
  legacyProfile: ['Editar perfil de membro', 'Perfil de membro'],
  legacyDeactivate: ['Desativar conta'],
  slideToVerify: ['Deslize para verificar', 'Arraste para verificar'],
});
