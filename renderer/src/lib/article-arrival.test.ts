import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openedDocument } from '../state/test-helpers.ts';

const fakes = vi.hoisted(() => ({
  focus: vi.fn(),
  placeCaret: vi.fn(),
  scrollToOffset: vi.fn(),
  topOffset: vi.fn(),
  keep: vi.fn(),
  flush: vi.fn(),
  positionOf: vi.fn(),
  caretOn: false,
}));
vi.mock('./article-navigator.ts', () => ({
  articleNavigator: {
    root: { focus: fakes.focus },
    placeCaret: fakes.placeCaret,
    scrollToOffset: fakes.scrollToOffset,
    topOffset: fakes.topOffset,
  },
}));
vi.mock('./reading-position.ts', () => ({
  readingPositions: { keep: fakes.keep, flush: fakes.flush, positionOf: fakes.positionOf },
}));
vi.mock('../state/caret-browsing.svelte.ts', () => ({
  caretBrowsing: {
    get on() {
      return fakes.caretOn;
    },
  },
}));
const { ArticleArrival } = await import('./article-arrival.ts');

const A = openedDocument('x'.repeat(500), [], { id: '11111111-1111-4111-8111-111111111111' });
const B = openedDocument('y'.repeat(500), [], { id: '22222222-2222-4222-8222-222222222222' });

/** Just enough of an element for keyboard.ts's isTyping. */
class FakeElement {
  isContentEditable = false;
  constructor(readonly tagName: string) {}
}

/** Frames run when the test says so. */
let frames: Array<() => void> = [];
function runFrames(): void {
  const due = frames;
  frames = [];
  due.forEach((run) => run());
}

/** Restores the test finishes by hand: the view settling takes frames in the real article. */
let restores: Array<() => void> = [];

beforeEach(() => {
  vi.clearAllMocks();
  fakes.caretOn = false;
  frames = [];
  restores = [];
  vi.stubGlobal('HTMLElement', FakeElement);
  vi.stubGlobal('document', { activeElement: new FakeElement('BODY'), querySelector: () => null });
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('cancelAnimationFrame', (frame: number) => {
    if (frame) frames = [];
  });
  fakes.positionOf.mockReturnValue(120);
  fakes.topOffset.mockReturnValue(300);
  fakes.scrollToOffset.mockImplementation(() => new Promise<void>((done) => restores.push(done)));
});

/** `document` arrives and is whole; its place is restored once `restores` are let go. */
async function arriveWhole(arrival: InstanceType<typeof ArticleArrival>, document: typeof A): Promise<void> {
  arrival.showing(document);
  arrival.painted(document, false);
  arrival.painted(document, true);
  restores.forEach((done) => done());
  restores = [];
  await Promise.resolve();
}

describe('ArticleArrival', () => {
  it('focuses the article at the first paint, restores the place once the document is whole, once', () => {
    const arrival = new ArticleArrival();
    arrival.showing(A);
    arrival.painted(A, false);
    expect(fakes.focus).toHaveBeenCalledTimes(1);
    expect(fakes.scrollToOffset).not.toHaveBeenCalled();
    arrival.painted(A, true);
    arrival.painted(A, true); // a repaint (a highlight added) is not a second arrival
    expect(fakes.focus).toHaveBeenCalledTimes(1);
    expect(fakes.scrollToOffset.mock.calls).toEqual([[120]]);
    expect(fakes.placeCaret).not.toHaveBeenCalled();
  });

  it('leaves the keyboard where the reader is typing or where a dialog has it', () => {
    vi.stubGlobal('document', { activeElement: new FakeElement('TEXTAREA'), querySelector: () => null });
    new ArticleArrival().painted(A, false);
    vi.stubGlobal('document', { activeElement: new FakeElement('BODY'), querySelector: () => ({}) });
    new ArticleArrival().painted(A, false);
    expect(fakes.focus).not.toHaveBeenCalled();
  });

  it('puts the caret at the restored place when caret browsing is on', () => {
    fakes.caretOn = true;
    new ArticleArrival().painted(A, true);
    expect(fakes.placeCaret.mock.calls).toEqual([[120]]);
  });

  it('keeps nothing while the place is being restored, then the place the reader scrolls to', async () => {
    const arrival = new ArticleArrival();
    arrival.painted(A, true);
    arrival.scrolled();
    expect(frames).toHaveLength(0);
    restores.forEach((done) => done());
    await Promise.resolve();
    arrival.scrolled();
    arrival.scrolled(); // one measurement per frame
    expect(frames).toHaveLength(1);
    runFrames();
    expect(fakes.keep.mock.calls).toEqual([[A.document.id, 300]]);
  });

  it('saves the place at once on leaving a document, and never measures the next one for it', async () => {
    const arrival = new ArticleArrival();
    await arriveWhole(arrival, A);
    arrival.scrolled();
    arrival.showing(B);
    expect(fakes.flush).toHaveBeenCalledTimes(1);
    runFrames();
    expect(fakes.keep).not.toHaveBeenCalled();
    arrival.scrolled(); // B is not restored yet
    expect(frames).toHaveLength(0);
  });

  it('saves on closing the document too, and starts afresh when it comes back', async () => {
    const arrival = new ArticleArrival();
    await arriveWhole(arrival, A);
    arrival.showing(null);
    expect(fakes.flush).toHaveBeenCalledTimes(1);
    await arriveWhole(arrival, A);
    expect(fakes.focus).toHaveBeenCalledTimes(2);
    expect(fakes.scrollToOffset).toHaveBeenCalledTimes(2);
  });

  it('restores nothing when the view is taken elsewhere, and keeps the place from where it goes', () => {
    const arrival = new ArticleArrival();
    arrival.painted(A, false, { restore: false });
    arrival.painted(A, true, { restore: false });
    expect(fakes.scrollToOffset).not.toHaveBeenCalled();
    arrival.scrolled();
    runFrames();
    expect(fakes.keep.mock.calls).toEqual([[A.document.id, 300]]);
  });

  it('a restore finishing after the reader went on does not count for the next document', async () => {
    const arrival = new ArticleArrival();
    arrival.painted(A, true);
    const late = restores.shift()!;
    arrival.showing(B);
    arrival.painted(B, false);
    late();
    await Promise.resolve();
    arrival.scrolled();
    expect(frames).toHaveLength(0);
  });
});
