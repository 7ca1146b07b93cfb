import { useId, useState, type JSX, type ReactNode } from 'react';
import { useMessages } from '../i18n';

export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
}

/** The side panel: one tab per job (the article's details, its photos…), one shown at a time. */
export function SidePanel({ tabs, initial, onCollapse }: { tabs: readonly PanelTab[]; /** The tab shown first (the first tab by default). */ initial?: string; /** Folds the panel away. */ onCollapse?: () => void }): JSX.Element {
  const { ui } = useMessages();
  const ids = useId();
  const [chosen, setChosen] = useState(initial ?? tabs[0]?.id ?? '');
  const active = tabs.find((tab) => tab.id === chosen) ?? tabs[0];
  return (
    <aside className="side-panel" aria-label={ui.panelLabel}>
      <div className="panel-tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${ids}-tab-${tab.id}`}
            data-testid={`tab-${tab.id}`}
            aria-selected={tab === active}
            aria-controls={`${ids}-${tab.id}`}
            className={`panel-tab${tab === active ? ' is-active' : ''}`}
            onClick={() => setChosen(tab.id)}
          >
            {tab.label}
          </button>
        ))}
        {onCollapse && (
          <button type="button" className="panel-collapse" data-testid="panel-collapse" title={ui.panelHide} aria-label={ui.panelHide} onClick={onCollapse}>
            ›
          </button>
        )}
      </div>
      {active && (
        <section className="panel-body" role="tabpanel" id={`${ids}-${active.id}`} aria-labelledby={`${ids}-tab-${active.id}`} data-testid={`panel-${active.id}`}>
          {active.content}
        </section>
      )}
    </aside>
  );
}
