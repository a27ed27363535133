import type { LaidOutSheet } from './layout.ts';

export interface RenderOptions {
  creationDate: Date;
}

/** The only module that imports pdfkit. */
export async function render(_doc: LaidOutSheet, _options: RenderOptions): Promise<Uint8Array> {
  throw new Error('render: not implemented yet');
}
