import type { WindowLike } from 'dompurify'
import { JSDOM, VirtualConsole } from 'jsdom'
import { describe, expect, it, vi } from 'vitest'
import { sanitizeHtml, sanitizeHtmlToFragment } from '../../src/core/sanitize.ts'

// Counts DOMPurify instances and hook registrations so the per-window cache can be tested.
// The wrapper passes everything through to the real DOMPurify.
const counters = vi.hoisted(() => ({ instances: 0, hooks: 0 }))
vi.mock('dompurify', async (importOriginal) => {
  const mod = await importOriginal<typeof import('dompurify')>()
  const real = mod.default
  const counted = (root?: WindowLike) => {
    counters.instances++
    const instance = real(root)
    const addHook = instance.addHook.bind(instance) as (...args: unknown[]) => void
    instance.addHook = ((...args: unknown[]) => {
      counters.hooks++
      addHook(...args)
    }) as typeof instance.addHook
    return instance
  }
  return { ...mod, default: counted as unknown as typeof real }
})

const win = new JSDOM('').window as unknown as Window
const sanitize = (html: string): string => sanitizeHtml(html, win)

// ---------------------------------------------------------------------------------------------
// The policy, restated independently of src/core/sanitize.ts so the tests check it, not echo it.
// ---------------------------------------------------------------------------------------------

const HTML_NS = 'http://www.w3.org/1999/xhtml'

const ALLOWED_ELEMENTS = new Set(
  [
    'p br hr h1 h2 h3 h4 h5 h6 a img figure figcaption picture source ul ol li dl dt dd',
    'blockquote q cite pre code kbd samp em strong b i u s del ins sub sup small mark abbr time',
    'span div section article table caption thead tbody tfoot tr th td col colgroup',
  ]
    .join(' ')
    .split(' '),
)
/** The parser always creates these; they must carry no attributes. */
const DOCUMENT_ELEMENTS = new Set(['html', 'head', 'body'])

const ALLOWED_ATTRIBUTES = new Set(
  (
    'href src srcset sizes alt title width height colspan rowspan scope datetime lang dir cite ' +
    'start reversed type'
  ).split(' '),
)
/** Added by the sanitizer itself, on links only. */
const LINK_HARDENING = new Set(['rel', 'target'])

/** Attributes that load or navigate to a URL in some element, allowed or not. */
const URL_ATTRIBUTES = new Set(
  (
    'href src srcset action formaction cite data poster background xlink:href dynsrc lowsrc ' +
    'codebase ping longdesc manifest icon'
  ).split(' '),
)

const LINK_SCHEMES = new Set(['http', 'https', 'mailto'])
const RESOURCE_SCHEMES = new Set(['http', 'https'])

// Whitespace, C0/C1 controls, zero-width and other invisible characters attackers use to hide a
// scheme. Stripping more than a browser does only makes the check stricter.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufffd]/g
const SRCSET_DESCRIPTOR = /^(?:\d+(?:\.\d+)?|\.\d+)[wxh]$/i

const decoder = new JSDOM('').window.document

/** Decodes HTML character references, repeatedly, to see through double encoding. */
function decodeEntities(value: string): string {
  let current = value
  for (let i = 0; i < 3; i++) {
    const textarea = decoder.createElement('textarea')
    textarea.innerHTML = current.replace(/</g, '&lt;')
    if (textarea.value === current) break
    current = textarea.value
  }
  return current
}

/** Lower-case scheme of a URL after de-obfuscation, or null if it has none (relative). */
function schemeOf(value: string): string | null {
  const cleaned = decodeEntities(value).replace(INVISIBLE, '')
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? null
}

/**
 * URL tokens of a srcset: every whitespace-separated run, minus a glued `2x,` prefix and trailing
 * commas, that is not a descriptor. Conservative: anything odd is treated as a URL and checked.
 */
function srcsetUrls(value: string): string[] {
  return decodeEntities(value)
    .split(/[\t\n\f\r ]+/)
    .map((token) => token.replace(/^(?:(?:\d+(?:\.\d+)?|\.\d+)[wxh])?,+/i, '').replace(/,+$/, ''))
    .filter((token) => token !== '' && !SRCSET_DESCRIPTOR.test(token))
}

function urlProblem(element: Element, attr: string, value: string): string | null {
  const tag = element.localName
  const schemes = attr === 'href' ? LINK_SCHEMES : RESOURCE_SCHEMES
  const urls = attr === 'srcset' ? srcsetUrls(value) : [value]
  for (const url of urls) {
    if (attr === 'href' && decodeEntities(url).replace(INVISIBLE, '').startsWith('#')) continue
    const scheme = schemeOf(url)
    if (scheme === null) return `<${tag} ${attr}="${value}">: not an absolute URL`
    if (!schemes.has(scheme)) return `<${tag} ${attr}="${value}">: scheme ${scheme}: not allowed`
  }
  return null
}

/**
 * `is=""` is tolerated: serialization re-emits an element's original `is` value unless an `is`
 * attribute is present, so DOMPurify blanks it instead of removing it; an empty name is inert.
 */
function attributeProblems(element: Element): string[] {
  const tag = element.localName
  const problems: string[] = []
  for (const { name, value } of Array.from(element.attributes)) {
    const lower = name.toLowerCase()
    if (DOCUMENT_ELEMENTS.has(tag)) problems.push(`<${tag}> has attribute ${name}`)
    else if (lower === 'is' && value === '') continue
    else if (lower.startsWith('on')) problems.push(`<${tag}> has event handler ${name}`)
    else if (lower === 'style') problems.push(`<${tag}> has a style attribute`)
    else if (!ALLOWED_ATTRIBUTES.has(lower) && !(tag === 'a' && LINK_HARDENING.has(lower)))
      problems.push(`<${tag}> has attribute ${name} outside the allowlist`)
    if (URL_ATTRIBUTES.has(lower)) {
      const problem = urlProblem(element, lower, value)
      if (problem) problems.push(problem)
    }
  }
  if (tag === 'a' && element.hasAttribute('href')) {
    if (element.getAttribute('rel') !== 'noopener noreferrer')
      problems.push('<a href> without rel="noopener noreferrer"')
    if (element.getAttribute('target') !== '_blank') problems.push('<a href> without target=_blank')
  }
  return problems
}

function elementProblems(root: Element): string[] {
  const problems: string[] = []
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const tag = element.localName
    if (element.namespaceURI !== HTML_NS)
      problems.push(`<${tag}> in namespace ${element.namespaceURI}`)
    else if (!ALLOWED_ELEMENTS.has(tag) && !DOCUMENT_ELEMENTS.has(tag))
      problems.push(`<${tag}> is not an allowed element`)
    problems.push(...attributeProblems(element))
  }
  return problems
}

// Parsers for the output. Each parse gets a fresh Document; the windows are shared only because
// creating a jsdom window per parse costs ~40 ms. Silent consoles: jsdom's CSS parser complains
// about the payloads' stylesheets, which is noise here.
const plainWindow = new JSDOM('', { virtualConsole: new VirtualConsole() }).window
// In a jsdom window with scripting on, new documents parse with the scripting flag set. Their
// documents have no browsing context, so nothing in them runs.
const scriptingWindow = new JSDOM('', {
  runScripts: 'dangerously',
  virtualConsole: new VirtualConsole(),
}).window

/** Parses as a whole document with scripting disabled, like DOMParser (and DOMPurify) do. */
function problemsAsDocument(html: string): string[] {
  const doc = new plainWindow.DOMParser().parseFromString(
    `<!DOCTYPE html><html><head></head><body>${html}</body></html>`,
    'text/html',
  )
  const problems = elementProblems(doc.documentElement)
  if (doc.head.childNodes.length > 0) problems.push('content ended up in <head>')
  return problems
}

/**
 * Parses via innerHTML with scripting enabled, as an extension page renders it: `<noscript>`
 * content is raw text here but markup above, the root of several mXSS tricks.
 */
function problemsAsInnerHtml(html: string): string[] {
  const doc = scriptingWindow.document.implementation.createHTMLDocument('')
  doc.body.innerHTML = html
  return elementProblems(doc.body)
}

/** Every way the HTML breaks the policy when parsed afresh; empty when it is safe. */
function violations(html: string): string[] {
  return [...new Set([...problemsAsDocument(html), ...problemsAsInnerHtml(html)])]
}

// ---------------------------------------------------------------------------------------------
// Known vectors: OWASP XSS filter-evasion cheat sheet, HTML5 security cheat sheet, mXSS
// ---------------------------------------------------------------------------------------------

const VECTORS: ReadonlyArray<readonly [name: string, payload: string]> = [
  // Script and basic event handlers
  ['script tag', '<script>alert(1)</script>'],
  ['remote script, upper case', '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>'],
  ['script with non-alpha separator', '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>'],
  ['extraneous open brackets', '<<SCRIPT>alert("XSS");//\\<</SCRIPT>'],
  ['protocol-relative script', '<SCRIPT SRC=//xss.example/.j></SCRIPT>'],
  ['end title then script', '</TITLE><SCRIPT>alert("XSS");</SCRIPT>'],
  ['malformed img with quotes', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror self-closing', '<img src="x" onerror="alert(1)" />'],
  ['img src=x: eval(src)', '<img src=x:alert(alt) onerror=eval(src) alt=0>'],
  ['img onmouseover', `<IMG SRC=# onmouseover="alert('xxs')">`],
  ['img empty src onmouseover', `<IMG SRC= onmouseover="alert('xxs')">`],
  ['img no src onmouseover', `<IMG onmouseover="alert('xxs')">`],
  ['img onerror fromCharCode', '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>'],
  [
    'onerror with encoded handler',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  ],
  ['a onmouseover', '<a onmouseover="alert(document.cookie)">xxs link</a>'],
  ['a onclick with good href', '<a href="https://ok.example/" onclick="alert(1)">x</a>'],
  ['svg onload', `<svg/onload=alert('XSS')>`],
  ['body onload', `<BODY ONLOAD=alert('XSS')>`],
  ['body onload with junk chars', '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>'],
  ['input onfocus autofocus', '<input onfocus=alert(1) autofocus>'],
  ['keygen onfocus autofocus', '<keygen autofocus onfocus=alert(1)>'],
  ['select onfocus autofocus', '<select autofocus onfocus=alert(1)></select>'],
  ['textarea onfocus autofocus', '<textarea autofocus onfocus=alert(1)>x</textarea>'],
  ['contenteditable onfocus', '<p contenteditable autofocus tabindex=1 onfocus=alert(1)>x</p>'],
  ['onanimationstart', '<div style="animation-name:spin" onanimationstart=alert(1)>x</div>'],
  ['ontransitionend', '<p style="transition:color 1s" ontransitionend=alert(1)>x</p>'],
  ['details open ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['dialog onclose', '<dialog open onclose=alert(1)>x</dialog>'],
  ['popover onbeforetoggle', '<div popover id=p onbeforetoggle=alert(1)>x</div>'],
  ['video source onerror', '<video><source onerror=alert(1)></video>'],
  ['video poster javascript', '<video poster=javascript:alert(1)></video>'],
  ['audio src onerror', '<audio src=x onerror=alert(1)></audio>'],
  ['marquee onstart', '<marquee onstart=alert(1)>x</marquee>'],
  ['span ondragstart', '<span draggable=true ondragstart=alert(1)>x</span>'],
  ['table cell onmouseover', '<table><tr><td onmouseover=alert(1)>x</td></tr></table>'],
  [
    'figure onpointerenter',
    '<figure onpointerenter=alert(1)><img src="https://ok.example/a.png"></figure>',
  ],
  ['mixed-case handler', '<p OnMoUsEoVeR=alert(1)>x</p>'],

  // javascript: and friends, obfuscated
  ['img javascript:', `<IMG SRC="javascript:alert('XSS');">`],
  ['img javascript: unquoted', `<IMG SRC=javascript:alert('XSS')>`],
  ['img JaVaScRiPt:', `<IMG SRC=JaVaScRiPt:alert('XSS')>`],
  ['img backtick javascript:', '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>'],
  [
    'img decimal entities',
    '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  ],
  [
    'img decimal entities, zero-padded, no semicolons',
    '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>',
  ],
  [
    'img hex entities, no semicolons',
    '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  ],
  ['img embedded tab', `<IMG SRC="jav\tascript:alert('XSS');">`],
  ['img encoded tab', `<IMG SRC="jav&#x09;ascript:alert('XSS');">`],
  ['img encoded newline', `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`],
  ['img encoded carriage return', `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`],
  ['img NUL inside scheme', '<IMG SRC=java\u0000script:alert("XSS")>'],
  ['img spaces and meta chars before scheme', `<IMG SRC=" &#14;  javascript:alert('XSS');">`],
  ['img vbscript:', `<IMG SRC='vbscript:msgbox("XSS")'>`],
  ['img dynsrc', `<IMG DYNSRC="javascript:alert('XSS')">`],
  ['img lowsrc', `<IMG LOWSRC="javascript:alert('XSS')">`],
  ['a href javascript:', '<a href="javascript:alert(1)">x</a>'],
  ['a href with leading spaces', '<a href="  javascript:alert(1)">x</a>'],
  ['a href with leading control chars', '<a href="\u0001\u0002\u0010javascript:alert(1)">x</a>'],
  ['a href with encoded space and VT', '<a href="&#x20;&#x0B;javascript:alert(1)">x</a>'],
  ['a href &#106;avascript:', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['a href &#x6A;avascript:', '<a href="&#x6A;avascript:alert(1)">x</a>'],
  ['a href java&#x09;script:', '<a href="java&#x09;script:alert(1)">x</a>'],
  ['a href jav&#x0A;ascript:', '<a href="jav&#x0A;ascript:alert(1)">x</a>'],
  ['a href java&Tab;script:', '<a href="java&Tab;script:alert(1)">x</a>'],
  ['a href java&NewLine;script:', '<a href="java&NewLine;script:alert(1)">x</a>'],
  ['a href javascript&colon;', '<a href="javascript&colon;alert(1)">x</a>'],
  ['a href javascript&#58;', '<a href="javascript&#58;alert(1)">x</a>'],
  ['a href javas&#99;ript:', '<a href="javas&#99;ript:alert(1)">x</a>'],
  ['a href JaVaScRiPt:', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['a href zero-width joiner in scheme', '<a href="java\u200dscript:alert(1)">x</a>'],
  [
    'a href with target and rel opener',
    '<a href="javascript:alert(1)" target="_self" rel="opener">x</a>',
  ],
  [
    'a href data:text/html',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  ],
  ['a href data:text/html plain', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
  ['a href vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
  ['a href file:', '<a href="file:///etc/passwd">x</a>'],
  ['a href chrome-extension:', '<a href="chrome-extension://abcdefghijklmnop/options.html">x</a>'],
  ['a href protocol-relative', '<a href="//evil.example/">x</a>'],
  [
    'img src data:image/svg+xml',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  ],
  ['img src blob:', '<img src="blob:https://evil.example/0f2c1e4e-9c1a-4b7b-8a1e-1f0e2d3c4b5a">'],
  ['img srcset javascript:', '<img srcset="javascript:alert(1)">'],
  [
    'img srcset bad candidate among good',
    '<img srcset="https://ok.example/a.png 1x, javascript:alert(1) 2x">',
  ],
  [
    'img srcset glued after descriptor',
    '<img srcset="https://ok.example/a.png 1x,javascript:alert(1) 2x">',
  ],
  [
    'img srcset data:',
    '<img src="https://ok.example/a.png" srcset="data:image/png;base64,AAAA 2x">',
  ],
  [
    'picture source srcset javascript:',
    '<picture><source srcset="javascript:alert(1)"><img src="https://ok.example/a.png"></picture>',
  ],
  [
    'source src javascript:',
    '<picture><source src="javascript:alert(1)" type="image/png"></picture>',
  ],
  ['blockquote cite javascript:', '<blockquote cite="javascript:alert(1)">x</blockquote>'],
  ['q cite data:', '<q cite="data:text/html,<script>alert(1)</script>">x</q>'],

  // Forms, embeds, frames, document-level elements
  ['form action javascript:', '<form action="javascript:alert(1)"><input type=submit></form>'],
  ['button formaction', '<form><button formaction=javascript:alert(1)>X</button></form>'],
  ['bare button formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['input type=image src', `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`],
  ['isindex', '<isindex type=image src=1 onerror=alert(1)>'],
  ['isindex action', '<isindex action=javascript:alert(1) type=submit value=click>'],
  ['object data', '<object data="javascript:alert(1)"></object>'],
  [
    'object scriptlet',
    '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>',
  ],
  [
    'embed data svg',
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  ],
  ['embed javascript:', '<embed src="javascript:alert(1)">'],
  ['iframe javascript:', `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`],
  ['iframe srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
  ['iframe unclosed bracket', '<iframe src=https://xss.example/scriptlet.html <'],
  [
    'applet code',
    '<APPLET CODE="javascript:alert(1)" ARCHIVE="https://xss.example/x.jar"></APPLET>',
  ],
  ['base href', `<BASE HREF="javascript:alert('XSS');//">`],
  [
    'meta refresh javascript:',
    `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  ],
  [
    'meta refresh data:',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
  ],
  [
    'meta link header',
    '<META HTTP-EQUIV="Link" Content="<https://xss.example/xss.css>; REL=stylesheet">',
  ],
  ['meta charset utf-7', '<meta charset="UTF-7">+ADw-script+AD4-alert(1)+ADw-/script+AD4-'],
  ['link rel=import', '<link rel="import" href="https://evil.example/x.html">'],
  ['link stylesheet javascript:', `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`],
  ['bgsound', `<BGSOUND SRC="javascript:alert('XSS');">`],
  ['body background', `<BODY BACKGROUND="javascript:alert('XSS')">`],
  ['table background', `<TABLE BACKGROUND="javascript:alert('XSS')"><tr><td>x</td></tr></TABLE>`],
  ['td background', `<TABLE><TD BACKGROUND="javascript:alert('XSS')">x</TD></TABLE>`],
  [
    'image map area',
    '<img src="https://ok.example/a.png" usemap="#m"><map name="m"><area shape=rect coords=0,0,9,9 href=javascript:alert(1)></map>',
  ],
  ['a ping tracker', '<a href="https://ok.example/" ping="https://track.example/">x</a>'],

  // CSS
  ['style @import', `<style>@import 'https://evil.example/x.css';</style>`],
  ['style @import javascript:', `<STYLE>@import'javascript:alert(1)';</STYLE>`],
  [
    'style list-style-image',
    `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  ],
  ['style type text/javascript', `<STYLE TYPE="text/javascript">alert('XSS');</STYLE>`],
  ['style background url javascript:', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['style expression()', '<p style="x:expression(alert(1))">x</p>'],
  ['style commented expression', `<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">`],
  [
    'style escaped url()',
    `<DIV STYLE="background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028\\0027\\0058\\0053\\0053\\0027\\0029'\\0029">x</DIV>`,
  ],
  [
    'style overlay for clickjacking',
    '<a href="https://ok.example/" style="position:fixed;inset:0">x</a>',
  ],

  // Templates, shadow roots, DOM clobbering
  ['template content', '<template><img src=x onerror=alert(1)></template>'],
  [
    'declarative shadow root',
    '<div><template shadowrootmode="open"><img src=x onerror=alert(1)></template></div>',
  ],
  ['clobber getElementById', '<img name="getElementById" src="https://ok.example/a.png">'],
  ['clobber by id', '<a id="defaultView" href="https://ok.example/">x</a>'],
  [
    'clobber form attributes',
    '<form id="location"><input name="href" value="javascript:alert(1)"></form>',
  ],
  ['clobber cookie', '<img name="cookie" id="cookie" src="https://ok.example/a.png">'],
  ['custom element is=', '<p is="x-evil" data-payload="alert(1)">x</p>'],

  // Mutation XSS and namespace confusion
  ['noscript title breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['svg style img', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
  [
    'math mtext table mglyph style',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  ],
  [
    'form nesting namespace confusion',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  ],
  ['svg p style breakout', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['math mi style', '<math><mi><style><img src=x onerror=alert(1)></style></mi></math>'],
  ['svg foreignObject', '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>'],
  [
    'svg a xlink:href',
    '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>XSS</text></a></svg>',
  ],
  [
    'svg animate href',
    '<svg><animate attributeName=href values=javascript:alert(1) /><a><text>x</text></a></svg>',
  ],
  ['svg script', '<svg><script xlink:href="data:,alert(1)"></script></svg>'],
  ['math href', '<math href="javascript:alert(1)">CLICKME</math>'],
  [
    'mglyph svg mtext style title',
    '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
  ],
  ['xmp title breakout', '<xmp><p title="</xmp><img src=x onerror=alert(1)>">'],
  [
    'textarea title breakout',
    '<textarea><p title="</textarea><img src=x onerror=alert(1)>"></textarea>',
  ],
  ['title element', '<title><img src=x onerror=alert(1)></title>'],
  ['comment breakout', '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ['plaintext', '<plaintext><img src=x onerror=alert(1)>'],
  ['noembed breakout', '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>'],
]

describe('sanitizeHtml: XSS vectors', () => {
  it('parses the output both with and without scripting', () => {
    // The two parsers must really differ (here: <noscript> content is markup vs. raw text), or
    // the second pass adds nothing.
    const html = '<noscript><img src="x"></noscript>'
    expect(problemsAsDocument(html)).toContain('<img src="x">: not an absolute URL')
    expect(problemsAsInnerHtml(html)).not.toContain('<img src="x">: not an absolute URL')
  })

  it('has at least 60 distinct vectors', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(VECTORS.map(([name]) => name)).size).toBe(VECTORS.length)
    expect(new Set(VECTORS.map(([, payload]) => payload)).size).toBe(VECTORS.length)
  })

  // Guards against vacuous tests: each payload, unsanitized, must trip the checks below, so the
  // clean-output test would fail if sanitizeHtml returned its input.
  it.each(VECTORS)('%s: the raw payload trips the checks', (_name, payload) => {
    expect(violations(payload)).not.toEqual([])
  })

  it.each(VECTORS)('%s: sanitized output is clean when parsed afresh', (_name, payload) => {
    expect(violations(sanitize(payload))).toEqual([])
  })

  // Output that changes when sanitized again means it parses differently the second time: the
  // signature of mutation XSS.
  it.each(VECTORS)('%s: sanitizing is idempotent', (_name, payload) => {
    const once = sanitize(payload)
    expect(sanitize(once)).toBe(once)
  })
})

describe('sanitizeHtml: article markup survives', () => {
  const intact: ReadonlyArray<readonly [name: string, html: string]> = [
    [
      'headings and inline text',
      '<h2>Heading</h2><p>Text with <em>em</em>, <strong>strong</strong>, <b>b</b>, <i>i</i>, <u>u</u>, <s>s</s>, <small>small</small>, <mark>mark</mark>, <sub>2</sub> and <sup>3</sup>.</p><hr><p>line<br>break</p>',
    ],
    [
      'figure with image and caption',
      '<figure><img src="https://cdn.example/a.jpg" alt="A cat" width="600" height="400"><figcaption>A cat. <cite>Photo: Jane Doe</cite></figcaption></figure>',
    ],
    [
      'picture with source srcset',
      '<picture><source srcset="https://cdn.example/a.avif 1x, https://cdn.example/a@2x.avif 2x" sizes="100vw"><img src="https://cdn.example/a.jpg" alt=""></picture>',
    ],
    [
      'img srcset with commas inside a URL',
      '<img src="http://cdn.example/a.jpg" srcset="https://cdn.example/w_320,h_200/a.jpg 320w, https://cdn.example/w_640,h_400/a.jpg 640w" sizes="(max-width: 600px) 320px, 640px" alt="x">',
    ],
    [
      'table',
      '<table><caption>Results</caption><colgroup><col><col></colgroup><thead><tr><th scope="col">Name</th><th scope="col">Votes</th></tr></thead><tbody><tr><td>A</td><td>1</td></tr><tr><td colspan="2" rowspan="1">none</td></tr></tbody><tfoot><tr><td>Total</td><td>1</td></tr></tfoot></table>',
    ],
    [
      'lists',
      '<ul><li>one</li><li>two</li></ul><ol start="3" reversed="" type="a"><li>three</li></ol><dl><dt>Term</dt><dd>Definition</dd></dl>',
    ],
    [
      'blockquote and q with cite',
      '<blockquote cite="https://source.example/quote"><p>Quoted.</p></blockquote><p><q cite="https://source.example/q">short</q></p>',
    ],
    [
      'lang and dir',
      '<p lang="ar" dir="rtl">مرحبا</p><div lang="en" dir="ltr"><span dir="auto">x</span></div>',
    ],
    [
      'code, pre, kbd, samp with escaped markup',
      '<pre><code>if (a &lt; b) { el.innerHTML = "&lt;script&gt;" }</code></pre><p>Press <kbd>Ctrl</kbd>, see <samp>OK</samp>.</p>',
    ],
    [
      'time, abbr, del, ins',
      '<p><time datetime="2024-05-01T10:00:00Z">May 1</time> <abbr title="World Health Organization">WHO</abbr> <del datetime="2024-05-02" cite="https://e.example/c">old</del><ins>new</ins></p>',
    ],
    ['sectioning', '<article><section><h3>Part</h3><div><p>Body</p></div></section></article>'],
  ]

  it.each(intact)('%s is kept as is', (_name, html) => {
    expect(sanitize(html)).toBe(html)
    expect(violations(html)).toEqual([])
  })

  it('a paragraph with a link keeps the link and gets rel and target', () => {
    expect(sanitize('<p>Read <a href="https://example.com/story">the story</a>.</p>')).toBe(
      '<p>Read <a href="https://example.com/story" target="_blank" rel="noopener noreferrer">the story</a>.</p>',
    )
  })

  it('replaces rel and target set by the page', () => {
    const out = sanitize('<a href="https://example.com/" target="_self" rel="opener">x</a>')
    expect(out).toBe(
      '<a href="https://example.com/" target="_blank" rel="noopener noreferrer">x</a>',
    )
  })

  it('keeps a relative #fragment link and a mailto: link', () => {
    const out = sanitize('<p><a href="#fn1">1</a> <a href="mailto:desk@example.com">mail</a></p>')
    expect(out).toBe(
      '<p><a href="#fn1" target="_blank" rel="noopener noreferrer">1</a> <a href="mailto:desk@example.com" target="_blank" rel="noopener noreferrer">mail</a></p>',
    )
  })

  it('keeps an http image src', () => {
    expect(sanitize('<img src="http://example.com/a.png" alt="a">')).toBe(
      '<img src="http://example.com/a.png" alt="a">',
    )
  })

  it('drops a link whose href is unsafe but keeps its text, without rel/target', () => {
    expect(sanitize('<p><a href="javascript:alert(1)">text</a></p>')).toBe('<p><a>text</a></p>')
  })

  it('keeps the safe srcset candidates and drops the rest', () => {
    const out = sanitize(
      '<img srcset="javascript:alert(1) 1x, https://ok.example/a.png 2x, data:image/png;base64,AA 3x, https://ok.example/b.png 4x">',
    )
    expect(out).toBe('<img srcset="https://ok.example/a.png 2x, https://ok.example/b.png 4x">')
  })

  it('strips class, id, style, data-* and aria-* from article markup', () => {
    expect(
      sanitize('<p class="x" id="y" style="color:red" data-x="1" aria-label="z" role="note">t</p>'),
    ).toBe('<p>t</p>')
  })

  it('drops attributes that are allowed only on other elements', () => {
    expect(
      sanitize(
        '<div href="https://e.example/" src="https://e.example/a.png" start="2">x</div><ul type="disc" reversed><li colspan="2">y</li></ul>',
      ),
    ).toBe('<div>x</div><ul><li>y</li></ul>')
  })

  it('drops an invalid dir value', () => {
    expect(sanitize('<p dir="sideways">x</p>')).toBe('<p>x</p>')
  })

  it('keeps the text of disallowed wrappers but not of scripts and styles', () => {
    expect(
      sanitize(
        '<aside>side</aside><font color="red">font</font><p>a<script>alert(1)</script><style>p{}</style>b</p>',
      ),
    ).toBe('sidefont<p>ab</p>')
  })

  it('never keeps the value of an is= attribute', () => {
    // Removing the attribute would let serialization re-emit the original value; blank it is.
    expect(sanitize('<p is="x-evil">x</p>')).toBe('<p is="">x</p>')
  })

  it('returns an empty string for empty input', () => {
    expect(sanitize('')).toBe('')
  })
})

describe('sanitizeHtml: instances', () => {
  it('creates one DOMPurify per window and installs its hooks once', () => {
    const first = new JSDOM('').window as unknown as Window
    const second = new JSDOM('').window as unknown as Window
    const before = { ...counters }
    sanitizeHtml('<a href="https://e.example/">x</a>', first)
    sanitizeHtml('<p>y</p>', first)
    sanitizeHtml('<p>z</p>', first)
    expect(counters.instances - before.instances).toBe(1)
    const hooksPerInstance = counters.hooks - before.hooks
    expect(hooksPerInstance).toBeGreaterThan(0)
    sanitizeHtml('<p>z</p>', second)
    expect(counters.instances - before.instances).toBe(2)
    expect(counters.hooks - before.hooks).toBe(2 * hooksPerInstance)
  })

  it('hooks work in every window, not just the first', () => {
    const other = new JSDOM('').window as unknown as Window
    expect(sanitizeHtml('<a href="https://e.example/">x</a>', other)).toBe(
      '<a href="https://e.example/" target="_blank" rel="noopener noreferrer">x</a>',
    )
  })

  it('refuses a window DOMPurify cannot run in instead of returning the input', () => {
    expect(() => sanitizeHtml('<img src=x onerror=alert(1)>', {} as Window)).toThrow()
  })
})

// Extension pages render sanitized markup as nodes (src/shared-ui/sanitized-html.tsx), so the
// node form must be held to everything the markup form is.
describe('sanitizeHtmlToFragment: the same policy, handed back as nodes', () => {
  /** The fragment's markup, read in the document its nodes belong to. */
  const markupOf = (fragment: DocumentFragment): string => {
    const holder = fragment.ownerDocument.createElement('div')
    holder.append(fragment)
    return holder.innerHTML
  }

  it.each(VECTORS)('%s: the nodes are what sanitizeHtml returns, and clean', (_name, payload) => {
    const markup = markupOf(sanitizeHtmlToFragment(payload, win))
    expect(violations(markup)).toEqual([])
    const asMarkup = sanitize(payload)
    // The one difference, DOMPurify's own: an element created with `is` keeps that custom
    // element name in the DOM, so as nodes it is dropped whole where markup gets `is=""`.
    if (asMarkup.includes(' is=""')) expect(markup).not.toContain(' is=')
    else expect(markup).toBe(asMarkup)
  })

  it('drops an element created with is= whole (core hands on none: sanitize-in-place test)', () => {
    expect(markupOf(sanitizeHtmlToFragment('<p is="x-evil">x</p><p>y</p>', win))).toBe('<p>y</p>')
  })

  it('keeps article markup, with the links hardened', () => {
    const html =
      '<p>Read <a href="https://e.example/a">this</a>.</p><img src="https://e.example/b.jpg" alt="">'
    expect(markupOf(sanitizeHtmlToFragment(html, win))).toBe(
      '<p>Read <a href="https://e.example/a" target="_blank" rel="noopener noreferrer">this</a>.</p><img src="https://e.example/b.jpg" alt="">',
    )
  })

  it('hands back nodes of an inert document, not of the window, so nothing loads before they are appended', () => {
    const fragment = sanitizeHtmlToFragment('<img src="https://e.example/b.jpg">', win)
    expect(fragment.ownerDocument).not.toBe(win.document)
    expect(fragment.ownerDocument.defaultView).toBeNull()
  })

  it('refuses a window DOMPurify cannot run in instead of returning anything', () => {
    expect(() => sanitizeHtmlToFragment('<img src=x onerror=alert(1)>', {} as Window)).toThrow()
  })
})
