import type { AreaTranslation } from '../../types.ts'
import type { problemMessages as en } from '../en/problems.ts'

/** Plain explanations of what went wrong (src/shared-ui/problem-text.ts). */
export const problemMessages: AreaTranslation<typeof en> = {
  problemPageChangedTitle: 'La página cambió mientras se leía',
  problemPageChangedText:
    'La página se volvió a cargar o cambió mientras Upstream la leía. Vuelve a intentarlo.',
  problemTabClosedTitle: 'La pestaña del artículo está cerrada',
  problemTabClosedText:
    'La pestaña de la que procede este artículo ya no está abierta. Vuelve a abrir la página del artículo y usa allí el botón de Upstream.',
  problemNoAnswerTitle: 'La página no respondió',
  problemNoAnswerText:
    'Puede que la página aún se esté cargando o que esté ocupada (un cuadro de diálogo de la página puede bloquearla). Espera un momento y vuelve a intentarlo.',
  problemTimeoutTitle: 'La página tardó demasiado',
  problemTimeoutText:
    'Upstream dejó de esperar a esta página. Si es muy grande o aún se está cargando, vuelve a intentarlo cuando termine de cargarse.',
  problemReadingFailedTitle: 'Upstream no pudo leer esta página',
  problemReadingFailedText:
    'Algo en esta página impidió que Upstream la leyera. Vuelve a cargar la página e inténtalo de nuevo.',
  problemExtensionReloadedTitle: 'Upstream se actualizó',
  problemExtensionReloadedText:
    'Upstream se actualizó o se reinició mientras esto estaba abierto. Ciérralo y vuelve a abrir Upstream.',
  problemBackgroundTitle: 'Upstream no responde',
  problemBackgroundText: 'Una parte de Upstream no respondió. Vuelve a intentarlo en un momento.',
  problemMissingSourceTitle: 'No hay nada que mostrar',
  problemMissingSourceText:
    'Esta vista de lectura no indica qué artículo mostrar. Abre un artículo con el botón de Upstream o desde tu lista de lectura.',
  problemNotInListTitle: 'No está en tu lista de lectura',
  problemNotInListText:
    'Este artículo ya no está en tu lista de lectura. Puede que se haya eliminado.',
  problemStorageFullTitle: 'El almacenamiento del navegador está lleno',
  problemStorageFullText:
    'No queda espacio para guardar esto. Libera espacio en disco o elimina artículos que ya no necesites y vuelve a intentarlo.',
  problemUnknownTitle: 'Se produjo un error',
  problemUnknownText:
    'Upstream no pudo terminar esta acción. Vuelve a intentarlo; si sigue ocurriendo, vuelve a cargar la página.',
  tryAgain: 'Volver a intentarlo',
}
