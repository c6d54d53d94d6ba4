import type { AreaTranslation } from '../../types.ts'
import type { stateMessages as en } from '../en/states.ts'

/** The panels shown instead of a story: loading, no article, pages Upstream may not read. */
export const stateMessages: AreaTranslation<typeof en> = {
  stateLoading: 'Leyendo la página…',
  stateNoArticleTitle: 'No hay ningún artículo en esta página',
  noArticleHomePage:
    'Esta es la página principal del sitio, una lista de titulares y no un solo artículo.',
  noArticleListPage:
    'Esta página enumera titulares (es una página de sección, de etiqueta o de archivo), no un solo artículo.',
  noArticleStoryList: 'Esta página es una lista de artículos, no un solo artículo.',
  noArticleNotOneStory: 'Esta página no contiene un único artículo.',
  noArticleNothingFound: 'No se encontró ningún artículo en esta página.',
  noArticleTooLittleText: 'Esta página tiene muy poco texto para ser un artículo.',
  noArticleHeadlineList: 'Esta página enumera titulares en lugar de presentar un solo artículo.',
  restrictedBrowserPageTitle: 'Upstream no puede leer esta página',
  restrictedBrowserPageText:
    'Esta es una página propia del navegador. Los navegadores no permiten que las extensiones lean estas páginas, así que aquí no hay ningún artículo que mostrar.',
  restrictedStoreTitle: 'Este sitio está protegido',
  restrictedStoreText:
    'El navegador no permite que ninguna extensión lea su tienda de complementos ni sus páginas de cuenta. Así se evita que unas extensiones modifiquen otras.',
  restrictedViewSourceTitle: 'Esta pestaña muestra código fuente',
  restrictedViewSourceText:
    'Estás viendo el código fuente de una página. Abre la página en sí y vuelve a usar Upstream.',
  restrictedPdfTitle: 'No se admiten documentos PDF',
  restrictedPdfText:
    'Upstream lee páginas web. Esta pestaña muestra un documento PDF, que no puede leer.',
  restrictedFileTitle: 'Upstream no puede leer archivos de tu equipo',
  restrictedFileText:
    'Para que pueda leer páginas guardadas, abre la configuración de extensiones del navegador, entra en los detalles de Upstream y activa «Permitir el acceso a las URL de archivo». Luego vuelve a cargar la página e inténtalo de nuevo.',
  restrictedNotWebTitle: 'Esta no es una página web',
  restrictedNotWebText: 'Upstream lee páginas web: direcciones que empiezan por http o https.',
  restrictedUnreadableTitle: 'Upstream no puede leer esta pestaña',
  restrictedUnreadableText:
    'El navegador no permite que las extensiones lean esta pestaña. Ocurre en páginas que no se pudieron cargar, en vistas de código fuente y en algunas páginas propias del navegador. Si es una página web normal, vuelve a cargarla e inténtalo de nuevo.',
  restrictedNoPermissionTitle: 'Upstream necesita que vuelvas a pedírselo',
  restrictedNoPermissionText:
    'El navegador solo permite que Upstream lea una página justo después de que hagas clic en su botón de la barra de herramientas o uses su atajo o su menú en esa página. Vuelve a la página y hazlo otra vez.',
}
