/**
 * Pagination over measured blocks: pure arithmetic, so the renderer can try a layout, count its pages and
 * trim before drawing anything.
 *
 * Rules: a block never straddles a page; the space before a block is dropped at the top of a page; a run
 * of blocks chained by `keepWithNext` (a heading and its first item, the first two lines of a paragraph)
 * moves to the next page together when it would not fit, unless the run is taller than a whole page; a
 * table row that starts a page is preceded by its table's header again.
 */
export interface MeasuredBlock {
  height: number;
  /** Space above the block, dropped at the top of a page. */
  gapBefore: number;
  keepWithNext: boolean;
  /** Index of the header block to repeat when this block starts a page (table rows, continued sections). */
  repeatHeader?: number;
  /** Drawn only as a repeated header ("Quotes (continued)"), never in the normal flow. */
  repeatOnly?: boolean;
}

export interface Placement {
  block: number;
  /** Distance from the top of the page's content area to the block's top. */
  y: number;
  /** True when this is a table header repeated at the top of a page. */
  repeated: boolean;
}

/** `available[0]` is the first page's content height, `available[1]` every later page's. */
export function paginate(blocks: readonly MeasuredBlock[], available: readonly [number, number]): Placement[][] {
  const pages: Placement[][] = [[]];
  let y = 0;
  const room = () => available[pages.length === 1 ? 0 : 1];
  const newPage = () => {
    pages.push([]);
    y = 0;
  };
  const place = (index: number, repeated: boolean) => {
    const b = blocks[index]!;
    const page = pages.at(-1)!;
    if (page.length > 0) y += b.gapBefore;
    page.push({ block: index, y, repeated });
    y += b.height;
  };
  // Height of the chain starting at i, as if placed now (gap included unless the page is empty).
  const chainHeight = (i: number, atTop: boolean) => {
    let h = 0;
    for (let j = i; j < blocks.length; j++) {
      const b = blocks[j]!;
      h += (j === i && atTop ? 0 : b.gapBefore) + b.height;
      if (!b.keepWithNext) break;
    }
    return h;
  };

  // Does block i continue a group (table, section) that has blocks on the page before the current one?
  const continues = (i: number) => {
    const header = blocks[i]!.repeatHeader;
    if (header === undefined || pages.length < 2) return false;
    return pages.at(-2)!.some((p) => p.block === header || blocks[p.block]!.repeatHeader === header);
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.repeatOnly) continue;
    const atTop = pages.at(-1)!.length === 0;
    const need = b.keepWithNext ? chainHeight(i, atTop) : (atTop ? 0 : b.gapBefore) + b.height;
    if (!atTop && y + need > room()) {
      // A chain taller than a fresh page cannot be kept together: only its first block must fit.
      const header = b.repeatHeader === undefined ? 0 : blocks[b.repeatHeader]!.height;
      const fitsFresh = header + chainHeight(i, true) <= available[1];
      if (fitsFresh || y + b.gapBefore + b.height > room()) newPage();
    }
    if (pages.at(-1)!.length === 0 && continues(i)) place(b.repeatHeader!, true);
    place(i, false);
  }
  return pages.filter((p, i) => p.length > 0 || i === 0);
}
