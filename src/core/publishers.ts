/**
 * Home pages of publishers that attribution lines often name without a link ("Source: AP").
 * Only used to give such a name a link; an unknown name stays a name.
 */
const KNOWN: Array<[RegExp, string, string]> = [
  [/^(the )?associated press$|^ap( news)?$/i, 'Associated Press', 'https://apnews.com/'],
  [/^reuters$/i, 'Reuters', 'https://www.reuters.com/'],
  [/^(the )?new york times$|^nyt$/i, 'The New York Times', 'https://www.nytimes.com/'],
  [/^(the )?los angeles times$|^la times$/i, 'Los Angeles Times', 'https://www.latimes.com/'],
  [/^(the )?washington post$/i, 'The Washington Post', 'https://www.washingtonpost.com/'],
  [/^(the )?guardian$/i, 'The Guardian', 'https://www.theguardian.com/'],
  [/^bbc( news)?$/i, 'BBC News', 'https://www.bbc.com/news'],
  [/^cnn$/i, 'CNN', 'https://www.cnn.com/'],
  [/^afp$|^agence france-presse$/i, 'AFP', 'https://www.afp.com/'],
  [/^bloomberg$/i, 'Bloomberg', 'https://www.bloomberg.com/'],
  [/^usa today$/i, 'USA TODAY', 'https://www.usatoday.com/'],
  [/^(the )?wall street journal$|^wsj$/i, 'The Wall Street Journal', 'https://www.wsj.com/'],
  [/^npr$/i, 'NPR', 'https://www.npr.org/'],
  [/^(the )?hill$/i, 'The Hill', 'https://thehill.com/'],
  [/^al jazeera$|^الجزيرة$/i, 'Al Jazeera', 'https://www.aljazeera.com/'],
  [/^el pa[ií]s$/i, 'El País', 'https://elpais.com/'],
]

export function knownPublisher(name: string): { name: string; url: string } | null {
  const trimmed = name.trim().replace(/[.。]$/, '')
  for (const [pattern, canonicalName, url] of KNOWN) {
    if (pattern.test(trimmed)) return { name: canonicalName, url }
  }
  return null
}
