// s3rver (behind `factsheet serve`) pins fast-xml-parser 3 and busboy 0.3 (dicer), both with high advisories.
// package.json routes them to compat/fast-xml-parser-v3 (the v3 API over fast-xml-parser 5) and busboy 1.
// These tests fail if a lockfile change brings the old parsers back, or if the adapter drifts from what
// s3rver expects of the v3 API.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const s3rverDir = dirname(require.resolve('s3rver/package.json'));
const fromS3rver = (name: string) => require.resolve(name, { paths: [s3rverDir] });

interface V3Api {
  parse(xml: string, options?: Record<string, unknown>): Record<string, unknown>;
  validate(xml: string): true | { err: { code: string } };
  j2xParser: new (options?: Record<string, unknown>) => { parse(obj: unknown): string };
  getTraversalObj(xml: string): { child: Record<string, [{ tagname: string }]> };
}

describe('the XML and multipart parsers s3rver loads', () => {
  it('s3rver resolves fast-xml-parser to the adapter and busboy to 1.x', () => {
    expect(fromS3rver('fast-xml-parser')).toMatch(/compat[/\\]fast-xml-parser-v3[/\\]index\.js$/);
    const busboy = require(fromS3rver('busboy/package.json')) as { version: string };
    expect(Number(busboy.version.split('.')[0])).toBeGreaterThanOrEqual(1);
    expect(() => fromS3rver('dicer')).toThrow();
  });

  const xml = require(fromS3rver('fast-xml-parser')) as V3Api;

  it('parses request bodies as v3 did: values through the tag processor, numbers parsed, entities left to s3rver', () => {
    const body = xml.parse('<Delete><Object><Key>a &amp;amp; b</Key></Object><Object><Key>42</Key></Object></Delete>', {
      tagValueProcessor: (v: string) => v.replace(/&amp;/g, '&'),
    });
    expect(body).toEqual({ Delete: { Object: [{ Key: 'a &amp; b' }, { Key: 42 }] } });
  });

  it('keeps attributes with the @_ prefix when asked, and validates', () => {
    expect(xml.parse('<A x="1"><B>t</B></A>', { ignoreAttributes: false })).toEqual({ A: { '@_x': '1', B: 't' } });
    expect(xml.validate('<A><B></A>')).not.toBe(true);
    expect(xml.validate('<A><B/></A>')).toBe(true);
  });

  it('builds responses with grouped attributes, repeated elements and escaping left to the caller', () => {
    const out = new xml.j2xParser({ ignoreAttributes: false, attrNodeName: '@', tagValueProcessor: (a: unknown) => String(a).replace(/&/g, '&amp;') }).parse({
      ListBucketResult: { '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' }, Name: 'b&c', Contents: [{ Key: 'x' }, { Key: 'y' }] },
    });
    expect(out).toBe(
      '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b&amp;c</Name><Contents><Key>x</Key></Contents><Contents><Key>y</Key></Contents></ListBucketResult>',
    );
  });

  it('names the root element of a config document', () => {
    const t = xml.getTraversalObj('<?xml version="1.0"?><!-- c --><CORSConfiguration><CORSRule/></CORSConfiguration>');
    expect(Object.keys(t.child)).toEqual(['CORSConfiguration']);
  });
});
