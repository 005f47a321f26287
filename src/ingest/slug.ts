// Slugs: the lower-case, ASCII, hyphenated form of a name used in document ids and entity IRIs.

/**
 * "Matthew Miller" -> "matthew-miller", "Zürich" -> "zurich", "ISIS-K" -> "isis-k",
 * "AT&T" -> "at-t". Letters outside Latin that have no ASCII form are kept (IRIs allow them),
 * so "Москва" stays a readable slug rather than becoming empty.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[’'`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
