// What a compiled module loads: the static import graph of functions/lib, read from the
// JavaScript itself (TypeScript's parser), for `npm run bench:cold`.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

export interface ModuleImports {
  /** Relative specifiers, resolved to absolute paths, imported or re-exported statically. */
  staticFiles: string[];
  /** Packages (bare specifiers such as `firebase-functions/https`) imported statically. */
  staticPackages: string[];
  /** Relative `import('…')` targets, resolved: what the module loads on demand. */
  dynamicFiles: string[];
}

/** The imports of one module's source text; `path` resolves its relative specifiers. */
export function importsOf(path: string, source: string): ModuleImports {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const imports: ModuleImports = { staticFiles: [], staticPackages: [], dynamicFiles: [] };
  const place = (specifier: string, dynamic: boolean) => {
    const relative = specifier.startsWith('.');
    if (dynamic) {
      if (relative) imports.dynamicFiles.push(resolve(dirname(path), specifier));
    } else if (relative) {
      imports.staticFiles.push(resolve(dirname(path), specifier));
    } else {
      imports.staticPackages.push(specifier);
    }
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      place(node.moduleSpecifier.text, false);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      place(node.arguments[0].text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return imports;
}

export interface StaticClosure {
  /** Every local module loaded with the root, the root first. */
  files: string[];
  /** Every package specifier those modules import, in the order first met. */
  packages: string[];
}

/** What importing `root` loads before it runs: its static imports, followed to the end. */
export function staticClosure(
  root: string,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): StaticClosure {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [root];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const path = pending.shift()!;
    files.push(path);
    const imports = importsOf(path, read(path));
    for (const specifier of imports.staticPackages) packages.add(specifier);
    for (const next of imports.staticFiles) {
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  return { files, packages: [...packages] };
}

/** The package a specifier names: `docx`, `firebase-admin` of `firebase-admin/firestore`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
