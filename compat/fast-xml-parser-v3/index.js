'use strict';
// s3rver 3.7 (the local bucket behind `factsheet serve`) pins fast-xml-parser 3, which npm audit reports as
// high (prototype pollution through tag names, regex injection through DOCTYPE entities) with no fix in
// the 3.x line. This adapter keeps the v3 calls s3rver makes and hands the work to fast-xml-parser 5.
// Options are mapped one by one; entity handling stays with s3rver's own `he` calls, as it did under v3.
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');

const V3_PARSE_DEFAULTS = { attributeNamePrefix: '@_', ignoreAttributes: true, parseNodeValue: true };

function parse(xml, options = {}) {
  const o = { ...V3_PARSE_DEFAULTS, ...options };
  const tagValueProcessor = o.tagValueProcessor;
  return new XMLParser({
    attributeNamePrefix: o.attributeNamePrefix,
    ignoreAttributes: o.ignoreAttributes,
    parseTagValue: o.parseNodeValue,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: false,
    ...(tagValueProcessor ? { tagValueProcessor: (_name, value) => tagValueProcessor(value) } : {}),
  }).parse(xml);
}

function validate(xml) {
  return XMLValidator.validate(xml);
}

class j2xParser {
  constructor(options = {}) {
    const tagValueProcessor = options.tagValueProcessor;
    const attrValueProcessor = options.attrValueProcessor;
    this.builder = new XMLBuilder({
      attributeNamePrefix: options.attributeNamePrefix ?? '@_',
      ...(options.attrNodeName ? { attributesGroupName: options.attrNodeName } : {}),
      textNodeName: options.textNodeName ?? '#text',
      ignoreAttributes: options.ignoreAttributes ?? true,
      format: options.format ?? false,
      indentBy: options.indentBy ?? '  ',
      suppressEmptyNode: options.supressEmptyNode ?? false,
      processEntities: false,
      ...(tagValueProcessor ? { tagValueProcessor: (_name, value) => tagValueProcessor(value) } : {}),
      ...(attrValueProcessor ? { attributeValueProcessor: (_name, value) => attrValueProcessor(value) } : {}),
    });
  }

  parse(jObj) {
    return this.builder.build(jObj);
  }
}

// s3rver only reads the root element's tag name from the traversal object.
function getTraversalObj(xml) {
  const ordered = new XMLParser({ preserveOrder: true, ignoreDeclaration: true, ignorePiTags: true }).parse(xml);
  const child = {};
  for (const node of ordered) {
    const tagname = Object.keys(node).find((k) => k !== ':@' && !k.startsWith('?') && k !== '#comment');
    if (tagname) {
      child[tagname] = [{ tagname }];
      break;
    }
  }
  return { tagname: '!xml', child };
}

module.exports = { parse, validate, j2xParser, getTraversalObj };
