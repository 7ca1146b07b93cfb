import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta, PhotoCrop } from '../../../shared/article/article-schema';
import { initialDocumentState } from '../../../shared/document/document-state';
import { documentName, windowTitle } from '../../../shared/document/window-title';
import type { RecoveryEntry } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/errors';
import type { TextCount } from '../../../shared/text/word-count';
import { call, isAppError } from '../bridge';
import { EditorBody, EditorProvider, EditorToolbar, type EditorController } from '../editor';
import { useMessages } from '../i18n';
import { AboutDialog } from './AboutDialog';
import type { StartupAnswer } from './App';
import { ArticleHeader } from './ArticleHeader';
import { createDocumentStore, useDocument } from './document-store';
import { ErrorBanner, type Notice } from './ErrorBanner';
import { InfoPanel } from './InfoPanel';
import { PhotosPanel } from './PhotosPanel';
import { SidePanel } from './SidePanel';
import { usePanelShortcut } from './panel-shortcut';
import { FindBar } from '../editor/find/FindBar';
import { NoticeArea } from './NoticeArea';
import { RecoveryDialog } from './RecoveryDialog';
import { StatusBar } from './StatusBar';
import { UnsavedDialog } from './UnsavedDialog';
import { useAutosave } from './use-autosave';
import { freshArticle, useFileFlows } from './use-file-flows';
import { useWindowCommands } from './use-window-commands';
import { useImportFile } from './use-import-file';
import { ImportReportDialog } from './ImportReportDialog';
import { LegacyTools } from './LegacyTools';
import { windowEditorEnvironment } from './editor-environment';
import { useDirectory } from './templates/directory-client';
import { PhotoProgress } from './PhotoProgress';
import { usePhotoImport } from './use-photo-import';
import { TemplateChooser } from './templates/TemplateChooser';
import { TemplateMarks } from './templates/TemplateMarks';
import { TemplateTab } from './templates/TemplateTab';
import { useNewFromTemplate } from './templates/use-new-from-template';
import { SaveTemplateDialog } from './templates/SaveTemplateDialog';
import { useSaveAsTemplate } from './templates/use-save-as-template';
import { useCaptionSuggestions } from './templates/use-caption-suggestions';
import type { DraftTemplate } from '../../../shared/templates/draft-template';
import { PortalExport } from './export/PortalExport';
import { articleForSave } from '../../../shared/document/document-state';
import { usePrint } from './use-print';

/** The document window: one draft, its editor, its panel, its status; the file flows and commands live in their hooks. */
export function Workspace({ startup, onSwitchLocale }: { startup: StartupAnswer | null; onSwitchLocale: () => void }) {
  const messages = useMessages();
  const [store] = useState(() => createDocumentStore(initialDocumentState(freshArticle())));
  const dispatch = store.dispatch;
  // Each slice redraws its part only when it changes; a keystroke changes none of them.
  const generation = useDocument(store, (s) => s.generation);
  const initialBody = useDocument(store, (s) => s.initialBody);
  const meta = useDocument(store, (s) => s.meta);
  const media = useDocument(store, (s) => s.media);
  const path = useDocument(store, (s) => s.path);
  const dirty = useDocument(store, (s) => s.dirty);
  const status = useDocument(store, (s) => s.status);
  const templateRecord = useDocument(store, (s) => s.template);
  const controllerRef = useRef<EditorController | null>(null);
  // Null until the editor has counted the body: no "0 words" for a long draft that is loading.
  const [count, setCount] = useState<TextCount | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [recoveries, setRecoveries] = useState<RecoveryEntry[]>([]);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [ready, setReady] = useState(false);

  const showError = useCallback((err: AppError | { code: string }) => setNotice({ code: err.code, key: Date.now() }), []);
  const clearNotice = useCallback(() => setNotice(null), []);
  const openAbout = useCallback(() => setAboutOpen(true), []);

  // Start-up: a draft from the command line, its error, and any work left from a crash.
  useEffect(() => {
    if (!startup || ready) return;
    if (isAppError(startup)) {
      showError(startup);
    } else {
      if (startup.pendingDocument) {
        dispatch({ type: 'loaded', article: startup.pendingDocument.article, path: startup.pendingDocument.path, origin: 'opened' });
      }
      if (startup.pendingError) showError(startup.pendingError);
      setRecoveries(startup.recoveries);
      setPanelCollapsed(startup.panelCollapsed);
    }
    setReady(true);
  }, [startup, ready, showError]);

  const { save, request, leaving, answerUnsaved } = useFileFlows(store, controllerRef, showError, clearNotice);

  const restoreRecovery = async (entry: RecoveryEntry) => {
    const result = await call('readRecovery', { articleId: entry.articleId });
    if (isAppError(result)) return showError(result);
    setRecoveries([]);
    dispatch({ type: 'loaded', article: result.article, path: result.path, origin: 'recovered' });
  };

  const discardRecovery = async (entry: RecoveryEntry) => {
    const result = await call('discardRecovery', { articleId: entry.articleId });
    if (isAppError(result)) showError(result);
    setRecoveries((list) => list.filter((e) => e.articleId !== entry.articleId));
  };

  const photos = usePhotoImport(dispatch, controllerRef, showError);
  const { insertPhotos, importPhotoFiles, importPastedPicture } = photos;
  const directory = useDirectory();
  const captionSuggestions = useCaptionSuggestions(templateRecord);
  const environment = useMemo(
    () => windowEditorEnvironment({ insertPhotos, importPhotoFiles, importPastedPicture }, directory, meta.date, captionSuggestions),
    [insertPhotos, importPhotoFiles, importPastedPicture, directory, meta.date, captionSuggestions],
  );

  useWindowCommands({ request, save, openAbout, insertPhotos, controllerRef });
  const fromTemplate = useNewFromTemplate(store, request);
  const imported = useImportFile(store, request, showError);
  usePrint(() => store.getState().meta.title, showError);
  // The status bar counts the title and sapô with the body; a new object only when they change.
  const countedHeader = useMemo(() => ({ title: meta.title, sapo: meta.sapo }), [meta.title, meta.sapo]);

  const title = windowTitle({ path, title: meta.title, dirty }, messages.ui.untitled, messages.ui.appName);
  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    void call('setDirty', { dirty });
  }, [dirty]);

  useAutosave(store, controllerRef, showError);

  const [panelCollapsed, setPanelCollapsed] = useState(false);
  const togglePanel = useCallback(() => {
    setPanelCollapsed((was) => {
      void call('setPanelCollapsed', { collapsed: !was });
      return !was;
    });
  }, []);
  usePanelShortcut(togglePanel);
  const chooseMainPhoto = useCallback((hash: string) => dispatch({ type: 'mainPhotoChosen', hash }), []);
  const cropPhoto = useCallback((hash: string, crop: PhotoCrop | null) => dispatch({ type: 'photoCropChanged', hash, crop }), []);
  const editMeta = useCallback((patch: Partial<ArticleMeta>) => dispatch({ type: 'metaEdited', patch }), []);
  const editTemplate = useCallback((template: DraftTemplate) => dispatch({ type: 'templateEdited', template }), []);
  const onBodyChange = useCallback(() => dispatch({ type: 'bodyEdited' }), []);
  const focusBody = useCallback(() => controllerRef.current?.focus(), []);
  // The article as a save would write it now: what the portal export checks and publishes.
  const articleNow = useCallback(() => (controllerRef.current ? articleForSave(store.getState(), controllerRef.current.getBody(), new Date()) : null), [store]);
  const saveAsTemplate = useSaveAsTemplate(articleNow);

  // Same elements on every render, so a redraw of the shell never reaches the editor's subtree.
  const toolbar = useMemo(() => <EditorToolbar />, []);
  const body = useMemo(() => <EditorBody />, []);

  const article = (
    <div className="workspace">
      <div className="toolbar-row">
        {ready && toolbar}
      </div>
      {ready && <PortalExport getArticle={articleNow} showError={showError} />}
      <PhotoProgress batch={photos.batch} failures={photos.failures} onCancel={photos.cancel} onDismiss={photos.dismissFailures} />
      <div className={`panes${panelCollapsed ? ' is-panel-collapsed' : ''}`}>
        <main className="article-pane" aria-label={messages.ui.articleLabel}>
          <article className="article-column">
            {ready ? (
              <>
                <ArticleHeader meta={meta} onEdit={editMeta} onLeaveSapo={focusBody} />
                <FindBar title={meta.title} sapo={meta.sapo} onEditMeta={editMeta} />
                <LegacyTools meta={meta} onEdit={editMeta} />
                <div className="article-body">{body}</div>
                <TemplateMarks meta={meta} template={templateRecord} />
              </>
            ) : (
              <p className="loading">{messages.ui.loading}</p>
            )}
          </article>
        </main>
        {ready && panelCollapsed ? (
          <button type="button" className="panel-reopen" data-testid="panel-reopen" title={messages.ui.panelShow} aria-label={messages.ui.panelShow} onClick={togglePanel}>
            ‹
          </button>
        ) : ready ? (
          <SidePanel
            key={generation}
            onCollapse={togglePanel}
            initial={templateRecord && !path ? 'template' : undefined}
            tabs={[
              { id: 'info', label: messages.ui.tabInfo, content: <InfoPanel meta={meta} path={path} onEdit={editMeta} /> },
              {
                id: 'template',
                label: messages.templates.tabTemplate,
                content: <TemplateTab meta={meta} template={templateRecord} onEditMeta={editMeta} onTemplate={editTemplate} showError={showError} onSaveAsTemplate={saveAsTemplate.open} />,
              },
              { id: 'photos', label: messages.ui.tabPhotos, content: <PhotosPanel photos={media} onChooseMain={chooseMainPhoto} onCrop={cropPhoto} /> },
            ]}
          />
        ) : (
          <aside className="side-panel" aria-busy="true" />
        )}
      </div>
    </div>
  );

  return (
    <div className="app">
      {ready ? (
        <EditorProvider
          key={generation}
          initialBody={initialBody}
          onChange={onBodyChange}
          onCount={setCount}
          controllerRef={controllerRef}
          environment={environment}
        >
          {article}
        </EditorProvider>
      ) : (
        article
      )}
      <StatusBar count={count} status={ready ? status : null} onSwitchLocale={onSwitchLocale} header={countedHeader} />
      <NoticeArea>{notice && <ErrorBanner notice={notice} onDismiss={() => setNotice(null)} />}</NoticeArea>
      {leaving && <UnsavedDialog name={documentName({ path, title: meta.title }, messages.ui.untitled)} onAnswer={(c) => void answerUnsaved(c)} />}
      {!leaving && recoveries.length > 0 && (
        <RecoveryDialog
          entries={recoveries}
          onRestore={(e) => void restoreRecovery(e)}
          onDiscard={(e) => void discardRecovery(e)}
          onLater={() => setRecoveries([])}
        />
      )}
      {imported.report && <ImportReportDialog key={imported.report.encoding} report={imported.report} onClose={imported.closeReport} onReadAgain={imported.readAgain} />}
      {fromTemplate.choosing && <TemplateChooser onChoose={fromTemplate.choose} onCancel={fromTemplate.cancel} importOnOpen={fromTemplate.importing} showError={showError} />}
      {saveAsTemplate.article && <SaveTemplateDialog article={saveAsTemplate.article} onClose={saveAsTemplate.close} showError={showError} />}
      {aboutOpen && (
        <AboutDialog version={startup && !isAppError(startup) ? startup.version : ''} onClose={() => setAboutOpen(false)} />
      )}
    </div>
  );
}
