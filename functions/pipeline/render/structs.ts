/** The PDF structure tree (tagging), built while drawing, in reading order. */
import type { Doc } from './ink.ts';

export type Struct = PDFKit.PDFStructureElement;

/**
 * Structure elements are created while drawing, in reading order. Blocks are built (and measured) before
 * the document root exists, so they reach the tree through this holder.
 */
export class SheetStructs {
  private root: Struct | null = null;
  constructor(readonly doc: Doc) {}
  attach(root: Struct): void {
    this.root = root;
  }
  add(child: Struct): void {
    if (!this.root) throw new Error('render: structure used before the document root was attached');
    this.root.add(child);
  }
}

/** A lazily created container element (Sect, L, Table) under a parent getter. */
export function lazyStruct(doc: Doc, role: string, parent: () => { add(s: Struct): void }): () => Struct {
  let s: Struct | null = null;
  return () => {
    if (!s) {
      s = doc.struct(role);
      parent().add(s);
    }
    return s;
  };
}
