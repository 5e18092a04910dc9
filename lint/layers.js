/**
 * `local/layers`: which folder may import which (the VS Code `code-layering`
 * idea). A file's layer is the first entry of LAYERS whose folder holds it;
 * each layer lists the layers it may import and whether it may use Node's
 * built-ins or Electron. Relative imports are resolved to their folder, so
 * `../../node/x.ts` from core/common is caught however it is spelled.
 *
 * `typesOnly` lists modules a layer may import only with `import type`: the
 * contract's runtime half is zod and every schema, which the renderer and the
 * preload never load (their run-time values come from shared/constants.ts).
 *
 * Folders outside every layer (scripts/, bench/, e2e/, lint/) are not checked.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const CONTRACT = 'electron/shared/api-contract.ts';

/** Most specific folder first. */
export const LAYERS = [
  // What every process may import: the API contract, its types and constants. Nothing from core.
  { name: 'shared', folder: 'electron/shared', allows: ['shared'], node: false, electron: false },
  // Core that runs anywhere, the renderer and its worker included.
  {
    name: 'core/common',
    folder: 'electron/core/common',
    allows: ['shared', 'core/common'],
    node: false,
    electron: false,
  },
  // Core that needs Node.
  {
    name: 'core/node',
    folder: 'electron/core/node',
    allows: ['shared', 'core/common', 'core/node'],
    node: true,
    electron: false,
  },
  // The thin Electron shell.
  {
    name: 'main',
    folder: 'electron/main',
    allows: ['shared', 'core/common', 'core/node', 'main'],
    node: true,
    electron: true,
  },
  {
    name: 'preload',
    folder: 'electron/preload',
    allows: ['shared', 'preload'],
    node: false,
    electron: true,
    typesOnly: [CONTRACT],
  },
  // Hosts without Electron.
  {
    name: 'host',
    folder: 'electron/host',
    allows: ['shared', 'core/common', 'core/node', 'host'],
    node: true,
    electron: false,
  },
  {
    name: 'cli',
    folder: 'electron/cli',
    allows: ['shared', 'core/common', 'core/node', 'cli'],
    node: true,
    electron: false,
  },
  // `npm start`: finds, downloads or falls back from Electron; starts it or the host as child processes.
  {
    name: 'launcher',
    folder: 'electron/launcher',
    allows: ['core/node', 'launcher'],
    node: true,
    electron: false,
  },
  // The Svelte app: the contract and renderer-safe core only.
  {
    name: 'renderer',
    folder: 'renderer',
    allows: ['shared', 'core/common', 'renderer'],
    node: false,
    electron: false,
    typesOnly: [CONTRACT],
  },
];

/** The layer of a path relative to the repository root, or undefined. */
export function layerOf(relativePath) {
  const normalized = relativePath.split(path.sep).join('/');
  return LAYERS.find((layer) => normalized === layer.folder || normalized.startsWith(`${layer.folder}/`));
}

/** Tests run under Node whatever their layer: they may read fixtures from disk. */
const isTest = (file) => /\.test\.ts$/.test(file);

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each folder to the layers it may import (see lint/layers.js)' },
    schema: [],
    messages: {
      layer: 'Bad layering: {{from}} may not import {{to}} ({{source}}). {{from}} may import: {{allowed}}.',
      node: 'Bad layering: {{from}} runs outside Node and may not import {{source}}.',
      electron: 'Bad layering: only electron/main and electron/preload may import electron ({{from}}).',
      typesOnly: '{{from}} may import only types from {{source}} (use `import type`): its values would load zod.',
    },
  },
  create(context) {
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    if (!from) return {};

    /** `typeOnly`: the whole statement is `import type` / `export type`. */
    function check(node, source, typeOnly = false) {
      if (typeof source !== 'string') return;
      if (source === 'electron' || source.startsWith('electron/')) {
        if (!from.electron) context.report({ node, messageId: 'electron', data: { from: from.name } });
        return;
      }
      if (source.startsWith('node:') || builtinModules.includes(source.split('/')[0])) {
        if (!from.node && !isTest(file)) context.report({ node, messageId: 'node', data: { from: from.name, source } });
        return;
      }
      if (!source.startsWith('.')) return; // a package: dependency rules are package.json's business
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source));
      if (!typeOnly && from.typesOnly?.includes(target.split(path.sep).join('/'))) {
        context.report({ node, messageId: 'typesOnly', data: { from: from.name, source } });
      }
      const to = layerOf(target);
      if (to && !from.allows.includes(to.name)) {
        context.report({
          node,
          messageId: 'layer',
          data: { from: from.name, to: to.name, source, allowed: from.allows.join(', ') },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, node.importKind === 'type'),
      ExportNamedDeclaration: (node) =>
        node.source && check(node.source, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { layers: layersRule } };
