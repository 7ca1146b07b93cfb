/**
 * The minimal Lexical page of the benchmark: React 19, LexicalComposer, RichTextPlugin and
 * HistoryPlugin, with only the nodes the long article needs (paragraph, heading, text). No
 * toolbar, no other plugin, no theme: what any Lexical editor pays, for comparison with ours.
 * The document is fetched from the page's own server (#root's data-doc), like our page's
 * draft arrives after its script runs; without data-doc the editor starts empty.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode } from '@lexical/rich-text';

async function start(): Promise<void> {
  const root = document.getElementById('root')!;
  const doc = root.dataset.doc;
  const editorState = doc ? await (await fetch(doc)).text() : undefined;
  const initialConfig = {
    namespace: 'bench-minimal-lexical',
    nodes: [HeadingNode],
    editorState,
    onError(error: Error) {
      throw error;
    },
  };
  createRoot(root).render(
    h(
      LexicalComposer,
      { initialConfig },
      h(RichTextPlugin, {
        contentEditable: h(ContentEditable, { className: 'bare', spellCheck: false }),
        ErrorBoundary: LexicalErrorBoundary,
      }),
      h(HistoryPlugin, null),
    ),
  );
}

void start();
