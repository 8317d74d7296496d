/**
 * "Yesterday's bug" for the Jet demo: the same domain code with one mistake
 * in evolve, removing an item but keeping the old total. Built from the
 * example's own source, so the demo folds exactly the code the playground
 * shows; null when the source no longer has the line to break.
 */
export function buggyJetCode(code: string): string | null {
  const broken = code.replace(/(case 'ItemRemoved':[\s\S]*?total: )totalOf\(items\)/, '$1state.total');
  return broken === code ? null : broken;
}
