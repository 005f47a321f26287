// Particles written in lower case inside people's names ("Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle").

/** Lower-case words that belong to a person's name between its capitalised words. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'du', 'des', 'del', 'della', 'do', 'dos', 'das', 'der', 'den', 'van', 'von', 'ter', 'ten', 'bin', 'ibn', 'al',
  'el', 'le', 'la', 'y',
]);
