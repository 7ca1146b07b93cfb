import { describe, expect, it } from 'vitest';
import { defuseAttributes } from '../../../renderer/src/editor/paste/clean-html';

describe('defuseAttributes', () => {
  it('removes event handlers and renames style, in any quoting', () => {
    expect(defuseAttributes('<img src=x onerror=alert(1)>')).toBe('<img src=x>');
    expect(defuseAttributes(`<p ONCLICK="a()" style='font-weight:700' class="x">t</p>`)).toBe(
      `<p data-st-style='font-weight:700' class="x">t</p>`,
    );
  });

  it('leaves text between tags alone, even when it reads like an attribute', () => {
    expect(defuseAttributes('<p>online = trực tuyến; style = phong cách</p>')).toBe('<p>online = trực tuyến; style = phong cách</p>');
  });

  it('does not mistake a quoted value for an attribute', () => {
    expect(defuseAttributes('<a title="x onclick=y > z" href="https://a.vn">k</a>')).toBe('<a title="x onclick=y > z" href="https://a.vn">k</a>');
  });
});

describe('defuseAttributes on whole blocks', () => {
  it('drops style sheets and scripts with their content', () => {
    expect(defuseAttributes('<style>p.MsoNormal{margin:0}</style><p>a</p><SCRIPT type="x">b()</SCRIPT>')).toBe('<p>a</p>');
  });
});
