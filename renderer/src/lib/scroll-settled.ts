/**
 * Scrolls an element of the article to the middle of the view and keeps it
 * there while the layout around it settles: blocks far off screen are laid
 * out at an estimated height (`content-visibility: auto`), so the first
 * scroll lands short and the text moves as the blocks passed get their
 * real height. Done once the element has stayed put for a few frames.
 */
const STABLE_FRAMES = 3;
const MAX_FRAMES = 60;

export function scrollIntoViewSettled(element: HTMLElement, isCancelled: () => boolean = () => false): Promise<void> {
  return new Promise((resolve) => {
    let stable = 0;
    let frames = 0;
    let last = Number.NaN;
    const step = () => {
      if (isCancelled() || !element.isConnected) return resolve();
      element.scrollIntoView({ block: 'center' });
      const top = element.getBoundingClientRect().top;
      stable = Math.abs(top - last) < 1 ? stable + 1 : 0;
      last = top;
      if (stable >= STABLE_FRAMES || ++frames >= MAX_FRAMES) resolve();
      else requestAnimationFrame(step);
    };
    step();
  });
}
