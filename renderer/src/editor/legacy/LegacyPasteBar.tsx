import './legacy.css';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $addUpdateTag, $getRoot, $isElementNode, $isTextNode, COMMAND_PRIORITY_CRITICAL, HISTORY_PUSH_TAG, PASTE_COMMAND, type LexicalNode } from 'lexical';
import { useEffect, useState, type JSX } from 'react';
import { convertPieces, mojibakeOffer, type MojibakeOffer } from '../../../../shared/paste/mojibake-offer';
import { repairLegacyText } from '../../../../shared/text/legacy/detect';
import { useMessages } from '../../i18n';
import { encodingLabel } from './encoding-label';
import { pastedPieces } from './pasted-text';

interface Pending {
  offer: MojibakeOffer;
  pieces: string[];
}

/**
 * After a paste whose text looks like TCVN3 or VNI read as Windows-1252 (no font said so), a
 * small bar offers the conversion: one click converts the pasted text where it now stands, in
 * one undo step; the rest of the body is not touched. It only looks at the clipboard (it lets
 * the paste plugin do the paste) and goes away at the next paste or when dismissed.
 */
export function LegacyPasteBar(): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const m = useMessages().legacy;
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (data === null) return false;
          // The plain flavour holds the same letters as the HTML one: judging it first spares a
          // second cleaning of a long Word paste that is fine (nearly every paste).
          const plain = data.getData('text/plain');
          if (plain.trim() !== '' && !mojibakeOffer(plain)) {
            setPending(null);
            return false;
          }
          const pieces = pastedPieces(data.getData('text/html'), plain);
          const offer = mojibakeOffer(pieces.join('\n'));
          setPending(offer ? { offer, pieces } : null);
          return false; // the paste itself is the paste plugin's
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );

  if (!pending) return null;
  const { offer, pieces } = pending;
  const convert = () => {
    editor.update(() => {
      $addUpdateTag(HISTORY_PUSH_TAG); // its own undo step, never merged into the typing before
      const visit = (node: LexicalNode) => {
        if ($isTextNode(node)) {
          const text = node.getTextContent();
          const converted = convertPieces(text, pieces, (piece) => repairLegacyText(piece, offer.detection));
          if (converted !== text) node.setTextContent(converted);
        } else if ($isElementNode(node)) {
          node.getChildren().forEach(visit);
        }
      };
      visit($getRoot());
    });
    setPending(null);
    editor.focus();
  };
  const text = m.pasteBarText.replace('{encoding}', encodingLabel(offer.detection, m)).replace('{sample}', offer.sample);
  return (
    <div className="legacy-paste-bar" role="status" data-testid="legacy-paste-bar">
      <span className="legacy-paste-text">{text}</span>
      <button type="button" className="legacy-paste-convert" data-testid="legacy-paste-convert" onClick={convert}>
        {m.pasteBarConvert}
      </button>
      <button type="button" className="legacy-paste-dismiss" data-testid="legacy-paste-dismiss" onClick={() => setPending(null)}>
        {m.pasteBarDismiss}
      </button>
    </div>
  );
}
