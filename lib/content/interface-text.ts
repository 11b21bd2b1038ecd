import ts from 'typescript';
import { articleIndex, type ArticleFingerprint } from './fingerprint';
import { ownWordsProblems, type TextProblem } from './own-words';
import type { ProseSegment } from './prose';
import type { RawFile } from './validate';

// The interface's own words: the text of pages and components (JSX text, visible attributes, string
// literals), read from the source with TypeScript's parser so that markup and code are not prose.
// Used by `npm run content:check` and the build, never at run time.

/** Attributes that hold addresses, identifiers or styling, not words a person reads. */
const markupAttributes = new Set([
  'className',
  'href',
  'src',
  'srcSet',
  'sizes',
  'id',
  'key',
  'htmlFor',
  'rel',
  'type',
  'name',
  'role',
  'method',
  'action',
  'target',
  'lang',
  'd',
  'viewBox',
  'fill',
  'stroke',
  'points',
  'transform',
  'xmlns',
  'as',
  'media',
  'slug',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'form',
  'pattern',
  'autoComplete',
  'inputMode',
  'enterKeyHint',
]);

/** Elements that start a new block of text: words on either side of them are not one sentence. */
const blockElements = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'nav',
  'header',
  'footer',
  'main',
  'aside',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'summary',
  'details',
  'figure',
  'figcaption',
  'blockquote',
  'form',
  'fieldset',
  'legend',
  'label',
  'button',
  'select',
  'option',
  'br',
]);

const entities: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ' };
const decode = (text: string) => text.replace(/&(?:quot|apos|amp|lt|gt|nbsp);/g, (e) => entities[e] ?? e);

const isLiteral = (node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));

/** The visible text of a source file: runs of JSX text, <q> quotes, attribute values and string literals. */
export function interfaceProse(file: string, source: string): ProseSegment[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const segments: ProseSegment[] = [];
  const lineOf = (node: ts.Node) => `line ${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
  const add = (node: ts.Node, text: string, quote = false) => {
    // A quote needs words to check; one filled in at run time ({source.article}) is checked where it is written.
    if (quote ? /\w/.test(text) : /\S\s+\S/.test(text.trim())) segments.push({ file, path: lineOf(node), text: decode(text), quote });
  };

  // Text that reads as one, across inline elements, until an expression breaks it.
  let run: { node: ts.Node; text: string } | undefined;
  const flush = () => {
    if (run) add(run.node, run.text);
    run = undefined;
  };
  const append = (node: ts.Node, text: string) => {
    run ??= { node, text: '' };
    run.text += text;
  };

  const textOf = (children: ts.NodeArray<ts.JsxChild>): string =>
    children
      .map((child) => {
        if (ts.isJsxText(child)) return child.text;
        if (ts.isJsxExpression(child) && isLiteral(child.expression)) return child.expression.text;
        if (ts.isJsxElement(child)) return textOf(child.children);
        return ' ';
      })
      .join('');

  const attributes = (element: ts.JsxOpeningLikeElement) => {
    for (const attribute of element.attributes.properties) {
      if (!ts.isJsxAttribute(attribute) || !attribute.initializer) continue;
      const name = attribute.name.getText(sourceFile);
      if (markupAttributes.has(name) || name.startsWith('data-')) continue;
      const value = attribute.initializer;
      if (ts.isStringLiteral(value)) add(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression) visit(value.expression);
    }
  };

  const children = (nodes: ts.NodeArray<ts.JsxChild>) => {
    for (const child of nodes) {
      if (ts.isJsxText(child)) append(child, child.text);
      else if (ts.isJsxExpression(child)) {
        if (isLiteral(child.expression)) append(child, child.expression.text);
        else if (child.expression) {
          flush();
          visit(child.expression);
        }
      } else if (ts.isJsxElement(child)) {
        attributes(child.openingElement);
        const tag = child.openingElement.tagName.getText(sourceFile);
        if (tag === 'q') {
          // A quote ends our sentence, and is checked as the article's words.
          flush();
          add(child, textOf(child.children), true);
        } else if (tag === 'cite') {
          // A title names a work; it is neither our prose nor a claim quoted from it.
          flush();
        } else if (blockElements.has(tag)) {
          flush();
          children(child.children);
          flush();
        } else children(child.children);
      } else if (ts.isJsxSelfClosingElement(child)) {
        if (blockElements.has(child.tagName.getText(sourceFile))) flush();
        attributes(child);
      } else if (ts.isJsxFragment(child)) children(child.children);
    }
  };

  function visit(node: ts.Node): void {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxElement(node) || ts.isJsxFragment(node) || ts.isJsxSelfClosingElement(node)) {
      flush();
      if (ts.isJsxElement(node)) attributes(node.openingElement);
      if (ts.isJsxSelfClosingElement(node)) attributes(node);
      else children(node.children);
      flush();
      return;
    }
    if (isLiteral(node)) {
      // Property names and `in` tests are keys, not text.
      const parent = node.parent;
      const isKey =
        (ts.isPropertyAssignment(parent) && parent.name === node) || (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InKeyword);
      if (!isKey) add(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      add(node.head, node.head.text);
      for (const span of node.templateSpans) {
        visit(span.expression);
        add(span.literal, span.literal.text);
      }
      return;
    }
    ts.forEachChild(node, visit);
  }

  visit(sourceFile);
  flush();
  return segments;
}

/** Copied runs, misquotes and frequency claims in the interface's own words. */
export function interfaceTextProblems(sources: readonly RawFile<string>[], fingerprint: ArticleFingerprint): TextProblem[] {
  return ownWordsProblems(
    sources.flatMap((source) => interfaceProse(source.file, source.data)),
    articleIndex(fingerprint),
  );
}
