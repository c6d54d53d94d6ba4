import type { AreaTranslation } from '../../types.ts'
import type { problemMessages as en } from '../en/problems.ts'

/** Plain explanations of what went wrong (src/shared-ui/problem-text.ts). */
export const problemMessages: AreaTranslation<typeof en> = {
  problemPageChangedTitle: 'La page a changé pendant sa lecture',
  problemPageChangedText:
    'La page s’est rechargée ou a changé pendant qu’Upstream la lisait. Réessayez.',
  problemTabClosedTitle: 'L’onglet de l’article est fermé',
  problemTabClosedText:
    'L’onglet d’où vient cet article n’est plus ouvert. Rouvrez la page de l’article et utilisez-y le bouton d’Upstream.',
  problemNoAnswerTitle: 'La page n’a pas répondu',
  problemNoAnswerText:
    'La page est peut-être encore en cours de chargement, ou occupée (une boîte de dialogue sur la page peut la bloquer). Patientez un instant et réessayez.',
  problemTimeoutTitle: 'La page a mis trop de temps',
  problemTimeoutText:
    'Upstream a cessé d’attendre cette page. Si elle est très volumineuse ou encore en cours de chargement, réessayez une fois qu’elle sera chargée.',
  problemReadingFailedTitle: 'Upstream n’a pas pu lire cette page',
  problemReadingFailedText:
    'Un élément de cette page a empêché Upstream de la lire. Rechargez la page et réessayez.',
  problemExtensionReloadedTitle: 'Upstream a été mis à jour',
  problemExtensionReloadedText:
    'Upstream a été mis à jour ou redémarré pendant que cette vue était ouverte. Fermez-la, puis rouvrez Upstream.',
  problemBackgroundTitle: 'Upstream ne répond pas',
  problemBackgroundText: 'Une partie d’Upstream n’a pas répondu. Réessayez dans un instant.',
  problemMissingSourceTitle: 'Rien à afficher ici',
  problemMissingSourceText:
    'Cette page de lecture n’indique pas quel article afficher. Ouvrez un article avec le bouton d’Upstream ou depuis votre liste de lecture.',
  problemNotInListTitle: 'Absent de votre liste de lecture',
  problemNotInListText:
    'Cet article ne figure plus dans votre liste de lecture. Il a peut-être été supprimé.',
  problemStorageFullTitle: 'L’espace de stockage de votre navigateur est plein',
  problemStorageFullText:
    'Il n’y a plus de place pour enregistrer ceci. Libérez de l’espace disque ou supprimez des articles dont vous n’avez plus besoin, puis réessayez.',
  problemUnknownTitle: 'Un problème est survenu',
  problemUnknownText:
    'Upstream n’a pas pu terminer cette opération. Réessayez ; si le problème persiste, rechargez la page.',
  tryAgain: 'Réessayer',
}
