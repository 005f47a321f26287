/**
 * A table looked up by words of the text, with no prototype. An object literal inherits Object.prototype, so a lookup by
 * a word such as "constructor", "toString" or "valueOf" (ordinary words in news: "the Formula One constructor") finds a
 * function in every table, and an extractor then labels a statement with it or fails on the whole article.
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
