/**
 * The pictures of a Word paste's RTF (the clipboard's text/rtf), in document order. Word writes
 * each picture as a `{\pict … \pngblip|\jpegblip … <hex>}` group; beside a modern picture it adds
 * a Windows metafile copy for old readers inside `{\nonshppict …}`, and a floating shape keeps
 * one inside `{\shprslt …}`: those copies are skipped, so the list matches the HTML's pictures
 * one for one. A picture in a format the photo pipeline does not take (WMF, EMF, DIB) stays in
 * the list with `bytes: null`, to keep the order.
 */
export interface RtfPicture {
  /** The MIME type of the bytes, or null for a metafile or bitmap format we do not take. */
  type: 'image/png' | 'image/jpeg' | null;
  bytes: Uint8Array | null;
}

const BLIP_TYPES: Record<string, RtfPicture['type']> = { pngblip: 'image/png', jpegblip: 'image/jpeg' };
/** Groups whose pictures repeat another one for readers that cannot show it. */
const COPY_GROUPS = new Set(['nonshppict', 'shprslt']);

interface Group {
  /** The group's first control word ("pict", "nonshppict", "*" for an ignorable destination…). */
  first: string | null;
  /** Inside a copy group: pictures here repeat another one. */
  copy: boolean;
  /** This group is a picture: its format and its hex text so far. */
  pict: { type: RtfPicture['type']; hex: string[] } | null;
  /** Inside a picture's sub-group ({\*\picprop …}, {\*\blipuid …}): text here is not picture data. */
  insidePict: boolean;
}

export function rtfPictures(rtf: string): RtfPicture[] {
  const out: RtfPicture[] = [];
  const stack: Group[] = [];
  const top = (): Group | undefined => stack[stack.length - 1];
  let i = 0;
  const n = rtf.length;
  while (i < n) {
    const c = rtf.charCodeAt(i);
    if (c === 0x7b /* { */) {
      const parent = top();
      stack.push({ first: null, copy: parent?.copy ?? false, pict: null, insidePict: parent ? parent.insidePict || parent.pict !== null : false });
      i += 1;
    } else if (c === 0x7d /* } */) {
      const group = stack.pop();
      if (group?.pict && !group.copy) out.push(finish(group.pict));
      i += 1;
    } else if (c === 0x5c /* \ */) {
      const word = /^\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(rtf.slice(i, i + 48));
      const group = top();
      if (!word) {
        // A control symbol: \*, \\, \{, \}, \'hh.
        const symbol = rtf[i + 1];
        if (symbol === '*' && group && group.first === null) group.first = '*';
        i += symbol === "'" ? 4 : 2;
        continue;
      }
      i += word[0].length;
      if (!group) continue;
      const name = word[1];
      if (group.first === null || group.first === '*') {
        group.first = name;
        if (COPY_GROUPS.has(name)) group.copy = true;
        if (name === 'pict' && !group.insidePict) group.pict = { type: null, hex: [] };
      }
      if (group.pict && name in BLIP_TYPES) group.pict.type = BLIP_TYPES[name];
      if (name === 'bin' && word[2]) i += Math.max(0, Number(word[2])); // raw bytes: not hex, skipped
    } else {
      // Text up to the next control character, taken at once (a picture is megabytes of hex).
      let j = i;
      while (j < n) {
        const d = rtf.charCodeAt(j);
        if (d === 0x7b || d === 0x7d || d === 0x5c) break;
        j += 1;
      }
      const group = top();
      if (group?.pict) group.pict.hex.push(rtf.slice(i, j));
      i = j;
    }
  }
  return out;
}

function finish(pict: { type: RtfPicture['type']; hex: string[] }): RtfPicture {
  if (pict.type === null) return { type: null, bytes: null };
  const hex = pict.hex.join('').replace(/[^0-9a-fA-F]/g, '');
  if (hex.length < 16 || hex.length % 2 !== 0) return { type: pict.type, bytes: null };
  const bytes = new Uint8Array(hex.length / 2);
  for (let k = 0; k < bytes.length; k += 1) bytes[k] = parseInt(hex.substr(k * 2, 2), 16);
  return { type: pict.type, bytes };
}
