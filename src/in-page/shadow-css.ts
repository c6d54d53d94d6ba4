/**
 * The popup's and reader tab's stylesheets, made to work inside the in-page reader's shadow
 * root. Written for a whole page, they style `:root`, `html` and `body` and size things in `rem`;
 * in a shadow root there is no root element of ours, and `rem` is the web page's root font size
 * (WordPress themes often set it to 10px). So the root selectors become our wrapper's class and
 * every rem becomes a multiple of our own fixed unit, `--u-rem`.
 */

export const ROOT_CLASS = 'u-root'

export function toShadowCss(css: string): string {
  return (
    css
      .replace(/:root/g, `.${ROOT_CLASS}`)
      .replace(/(^|[\s,{}>+~(])html(?=[\s,{:.[)])/g, `$1.${ROOT_CLASS}`)
      .replace(/(^|[\s,{}>+~(])body(?=[\s,{:.[)])/g, `$1.${ROOT_CLASS}`)
      // A number directly followed by "rem" (1rem, .875rem, -0.5rem): a length in root ems.
      .replace(/(-?(?:\d+\.?\d*|\.\d+))rem\b/g, 'calc($1 * var(--u-rem))')
  )
}
