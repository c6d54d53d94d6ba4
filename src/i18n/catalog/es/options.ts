import type { AreaTranslation } from '../../types.ts'
import type { optionsMessages as en } from '../en/options.ts'

/**
 * The options page (src/options/): auto reader sites, the catalogue, detection, backup. A button
 * whose accessible name names its site starts with the words it shows ("Quitar" → "Quitar
 * {site}"), as the catalog test checks.
 */
export const optionsMessages: AreaTranslation<typeof en> = {
  optionsTitle: 'Configuración de Upstream',
  optionsFailed: 'No funcionó. Vuelve a cargar esta página e inténtalo de nuevo.',

  // Sites that open in reader view (options-app.tsx, add-site-form.tsx, rule-list.tsx).
  optionsAutoHeading: 'Abrir estos sitios en vista de lectura',
  optionsAutoHint:
    'En estos sitios, las páginas de artículos pasan a la vista de lectura de Upstream al cargarse. Cada sitio pide al navegador acceso solo a ese sitio; al quitarlo, Upstream renuncia a ese acceso.',
  optionsSiteLabel: 'Sitio',
  optionsSitePlaceholder: 'dnyuz.com o *://*.example.com/noticias/*',
  optionsAddSite: 'Añadir sitio',
  optionsSiteHelp:
    'Un nombre de dominio incluye sus subdominios. Un patrón de coincidencia limita la regla a algunas rutas.',
  optionsNoSites:
    'Aún no hay sitios. Añade uno arriba, elige uno de los sitios de agregadores conocidos de abajo o usa «Abrir siempre este sitio en vista de lectura» en la ventana emergente de Upstream.',
  optionsGrant: 'Requiere acceso: permitir',
  optionsGrantLabel: 'Requiere acceso: permitir el acceso a {site}',
  optionsRemove: 'Quitar',
  optionsRemoveLabel: 'Quitar {site}',

  // The built-in catalogue (catalogue-list.tsx).
  optionsCatalogueHeading: 'Sitios de agregadores conocidos',
  optionsCatalogueListed: 'En tus sitios',
  optionsTurnOn: 'Activar',
  optionsTurnOnLabel: 'Activar la vista de lectura en {site}',

  // Detection on every site (detect-everywhere.tsx).
  optionsEverywhereHeading: 'Todos los sitios',
  optionsEverywhereLabel: 'Detectar copias de agregadores en todos los sitios',
  optionsEverywhereHelp:
    'Desactivado de forma predeterminada. Si se activa, Upstream lee cada página que abres para marcar los artículos republicados con una insignia en su botón, para lo que necesita acceso a todos los sitios. Nada sale de tu navegador.',

  // Backup (backup-section.tsx).
  optionsBackupHeading: 'Copia de seguridad de tus sitios',
  optionsExport: 'Exportar sitios',
  optionsImport: 'Importar sitios…',
  optionsExported_one: 'Se exportó {count} sitio a {file}.',
  optionsExported_other: 'Se exportaron {count} sitios a {file}.',
  optionsReadFailed: 'Upstream no pudo leer ese archivo. Vuelve a elegirlo.',
}
