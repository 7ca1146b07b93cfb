import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { JSX } from 'react';
import { isSafeHref } from '../../../shared/paste/safe-href';
import { useMessages } from '../i18n';
import { LegacyPasteBar } from './legacy/LegacyPasteBar';
import { FigurePlugin } from './figure/FigurePlugin';
import { FigureDragPlugin } from './figure/FigureDragPlugin';
import { AfterFirstPaint } from './AfterFirstPaint';
import { BodyShapePlugin } from './plugins/BodyShapePlugin';
import { KeyboardShortcutsPlugin } from './plugins/KeyboardShortcutsPlugin';
import { EscapeKeepsFocusPlugin } from './plugins/EscapeKeepsFocusPlugin';
import { LinkClickPlugin } from './plugins/LinkClickPlugin';
import { LinkHintPlugin } from './plugins/LinkHintPlugin';
import { MentionPlugin } from './mention/MentionPlugin';
import { LinkEditorPlugin } from './plugins/LinkEditorPlugin';
import { ListTabPlugin } from './plugins/ListTabPlugin';
import { NfcTextPlugin } from './plugins/NfcTextPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { PasteNoticePlugin } from './paste/PasteNoticePlugin';
import { AutoLinkUrlsPlugin } from './autolink/AutoLinkUrlsPlugin';
import { TableTabPlugin } from './plugins/TableTabPlugin';
import { TemplateHintPlugin } from './template/TemplateHintPlugin';
import { UndoHistoryPlugin } from './plugins/UndoHistoryPlugin';

/** The article body as the officer edits it, with every plugin the body needs. */
export function EditorBody(): JSX.Element {
  const t = useMessages().editor;
  return (
    <div className="st-editor">
      <LegacyPasteBar />
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="st-body"
            data-testid="editor-body"
            aria-label={t.bodyLabel}
            aria-placeholder={t.placeholder}
            spellCheck
            lang="vi"
            placeholder={<div className="st-placeholder">{t.placeholder}</div>}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <UndoHistoryPlugin />
      <NfcTextPlugin />
      <PastePlugin />
      <PasteNoticePlugin />
      <ListPlugin />
      <ListTabPlugin />
      <LinkPlugin validateUrl={isSafeHref} />
      <AutoLinkUrlsPlugin />
      <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasTabHandler />
      <BodyShapePlugin />
      <TemplateHintPlugin />
      <KeyboardShortcutsPlugin />
      <AfterFirstPaint>
        <LinkEditorPlugin />
        <LinkClickPlugin />
        <FigurePlugin />
        <MentionPlugin />
        <FigureDragPlugin />
        <LinkHintPlugin />
        <TableTabPlugin />
        <EscapeKeepsFocusPlugin />
      </AfterFirstPaint>
    </div>
  );
}
