import type { AreaTranslation } from '../../types.ts'
import type { stateMessages as en } from '../en/states.ts'

/** The panels shown instead of a story: loading, no article, pages Upstream may not read. */
export const stateMessages: AreaTranslation<typeof en> = {
  stateLoading: 'Lecture de la page…',
  stateNoArticleTitle: 'Aucun article sur cette page',
  noArticleHomePage: 'C’est la page d’accueil du site : une liste de titres, pas un article.',
  noArticleListPage:
    'Cette page liste des titres (page de rubrique, de mot-clé ou d’archives), pas un article.',
  noArticleStoryList: 'Cette page est une liste d’articles, pas un article.',
  noArticleNotOneStory: 'Cette page ne contient pas un article unique.',
  noArticleNothingFound: 'Aucun article n’a été trouvé sur cette page.',
  noArticleTooLittleText: 'Cette page contient trop peu de texte pour être un article.',
  noArticleHeadlineList: 'Cette page liste des titres au lieu de présenter un article.',
  restrictedBrowserPageTitle: 'Upstream ne peut pas lire cette page',
  restrictedBrowserPageText:
    'C’est une page interne de votre navigateur. Les navigateurs ne permettent pas aux extensions de lire ces pages : il n’y a donc aucun article à afficher ici.',
  restrictedStoreTitle: 'Ce site est protégé',
  restrictedStoreText:
    'Votre navigateur ne permet à aucune extension de lire sa boutique de modules ni ses pages de compte. Cela empêche les extensions de modifier d’autres extensions.',
  restrictedViewSourceTitle: 'Cet onglet affiche du code source',
  restrictedViewSourceText:
    'Vous consultez le code source d’une page. Ouvrez la page elle-même, puis utilisez à nouveau Upstream.',
  restrictedPdfTitle: 'Les documents PDF ne sont pas pris en charge',
  restrictedPdfText:
    'Upstream lit les pages web. Cet onglet affiche un document PDF, qu’il ne peut pas lire.',
  restrictedFileTitle: 'Upstream ne peut pas lire les fichiers de votre ordinateur',
  restrictedFileText:
    'Pour qu’il puisse lire des pages enregistrées, ouvrez les paramètres des extensions du navigateur, affichez les détails d’Upstream et activez « Autoriser l’accès aux URL de fichier ». Rechargez ensuite la page et réessayez.',
  restrictedNotWebTitle: 'Ce n’est pas une page web',
  restrictedNotWebText:
    'Upstream lit les pages web : les adresses qui commencent par http ou https.',
  restrictedUnreadableTitle: 'Upstream ne peut pas lire cet onglet',
  restrictedUnreadableText:
    'Votre navigateur ne permet pas aux extensions de lire cet onglet. C’est le cas des pages qui n’ont pas pu se charger, de l’affichage du code source et de certaines pages internes du navigateur. S’il s’agit d’une page web ordinaire, rechargez-la et réessayez.',
  restrictedNoPermissionTitle: 'Relancez Upstream depuis la page',
  restrictedNoPermissionText:
    'Votre navigateur ne laisse Upstream lire une page que juste après un clic sur son bouton dans la barre d’outils, son raccourci clavier ou son menu sur cette page. Revenez à la page et recommencez.',
}
