/** Where the paragraph holding `at` starts: paragraphs are the text's lines. */
export function paragraphStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
