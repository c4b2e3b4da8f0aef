// Enforces the one-way order of the layers under src/:
//   domain  <  workbook  <  adapters/*  <  functions | commands | taskpane | cli
// A file may import from its own layer or a lower one, never from a higher one or from a sibling
// (an adapter from another adapter, an entry point from another entry point). The lower layers
// may also only use the outside packages listed for them, so the domain stays free of Office.js,
// React, the DOM, the file system and the clock's hosts.
import path from 'node:path';

const LAYERS = [
  { name: 'domain', rank: 0, match: /^src\/domain(\/|$)/ },
  { name: 'workbook', rank: 1, match: /^src\/workbook(\/|$)/ },
  { name: 'adapters/excel', rank: 2, match: /^src\/adapters\/excel(\/|$)/ },
  { name: 'adapters/xlsx', rank: 2, match: /^src\/adapters\/xlsx(\/|$)/ },
  { name: 'adapters', rank: 2, match: /^src\/adapters(\/|$)/ },
  { name: 'functions', rank: 3, match: /^src\/functions(\/|$)/ },
  { name: 'commands', rank: 3, match: /^src\/commands(\/|$)/ },
  { name: 'taskpane', rank: 3, match: /^src\/taskpane(\/|$)/ },
  { name: 'cli', rank: 3, match: /^src\/cli(\/|$)/ },
];

/** Outside packages each low layer may use; higher layers may use any installed package. */
const ALLOWED_PACKAGES = {
  domain: [],
  workbook: ['docx', 'fflate', 'jszip'],
  'adapters/xlsx': ['exceljs', 'fflate', 'jszip', 'iconv-lite', 'docx'],
  'adapters/excel': [],
  adapters: [],
};

function layerOf(relativePath) {
  const normalized = relativePath.split(path.sep).join('/');
  return LAYERS.find((layer) => layer.match.test(normalized));
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports pointing down the layers of src/' },
    schema: [],
    messages: {
      upward: '{{from}} must not import from {{to}}: imports point down the layers only.',
      sibling: '{{from}} must not import from its sibling {{to}}: share through a lower layer.',
      outside: '{{from}} must not import the package "{{pkg}}": it is not allowed in this layer.',
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    const root = context.cwd ?? process.cwd();
    const fromRelative = path.relative(root, filename);
    const from = layerOf(fromRelative);
    if (!from) return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;

      if (!specifier.startsWith('.')) {
        const allowed = ALLOWED_PACKAGES[from.name];
        if (allowed === undefined) return;
        const pkg = packageName(specifier.replace(/^node:/, 'node:'));
        if (!allowed.includes(pkg)) {
          context.report({ node, messageId: 'outside', data: { from: from.name, pkg } });
        }
        return;
      }

      const target = path.relative(root, path.resolve(path.dirname(filename), specifier));
      const to = layerOf(target);
      if (!to || to.name === from.name) return;

      if (to.rank > from.rank) {
        context.report({ node, messageId: 'upward', data: { from: from.name, to: to.name } });
      } else if (to.rank === from.rank) {
        context.report({ node, messageId: 'sibling', data: { from: from.name, to: to.name } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        const isRequire = node.callee.type === 'Identifier' && node.callee.name === 'require';
        const arg = node.arguments[0];
        if (isRequire && arg && arg.type === 'Literal') check(node, arg.value);
      },
    };
  },
};

export default { rules: { 'import-direction': rule } };
