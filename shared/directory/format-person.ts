import type { PersonLike } from './person-schema';

/**
 * A seat in a body rather than a post ("Ủy viên Trung ương Đảng", "Tỉnh ủy viên", "Đại biểu
 * Quốc hội khóa XV"): never the title a short mention uses.
 */
export function isMembership(title: string): boolean {
  return /^(?:ủy|uỷ) viên(?![\p{L}])|^\p{L}+ (?:ủy|uỷ) viên(?: dự khuyết)?$|^đại biểu quốc hội(?![\p{L}])|^đảng viên(?![\p{L}])/iu.test(
    title.normalize('NFC').replace(/\s+/g, ' ').trim(),
  );
}

const PARTY_HEAD = /^(?:tổng )?bí thư(?![\p{L}])/iu;
const CHAIR = /^chủ tịch(?![\p{L}])/iu;

/**
 * The post a short mention puts before the name ("Bí thư Tỉnh ủy Lê Thị Thủy"): a party
 * secretary's post first, then a chair's ("Chủ tịch UBND tỉnh" rather than "Phó Bí thư
 * Tỉnh ủy" for a deputy secretary who chairs the People's Committee), else the first title
 * that is not a membership; a chain of memberships only gives its first. '' for no titles.
 */
export function mainPost(titles: readonly string[]): string {
  const posts = titles.filter((t) => !isMembership(t));
  return posts.find((t) => PARTY_HEAD.test(t)) ?? posts.find((t) => CHAIR.test(t)) ?? posts[0] ?? titles[0] ?? '';
}

/** The honorific as it stands inside a sentence ("bà", "ông", "đồng chí"); the sentence start is capitalised later. */
function honorificInText(honorific: string | undefined): string {
  const h = (honorific ?? '').trim();
  return h ? h[0].toLocaleLowerCase('vi') + h.slice(1) : '';
}

/**
 * A person as news copy writes them.
 * - 'full': "bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh"
 *   (the attendee list);
 * - 'short': "Bí thư Tỉnh ủy Lê Thị Thủy" (the directory's shortForm when it has one, else the
 *   main post; "bà Lê Thị Thủy" for a person with no post);
 * - 'name': "Lê Thị Thủy".
 */
export function formatPerson(p: PersonLike, form: 'full' | 'short' | 'name'): string {
  const name = p.name.trim();
  const honorific = honorificInText(p.honorific);
  const withHonorific = honorific ? `${honorific} ${name}` : name;
  let out: string;
  if (form === 'name') out = name;
  else if (form === 'full') out = [withHonorific, ...p.titles.map((t) => t.trim()).filter(Boolean)].join(' - ');
  else {
    const shortForm = (p.shortForm ?? '').trim();
    // A short form may be written with the name already in it.
    if (shortForm && shortForm.normalize('NFC').includes(name.normalize('NFC'))) out = shortForm;
    else {
      const post = shortForm || mainPost(p.titles).trim();
      out = post ? `${post} ${name}` : withHonorific;
    }
  }
  return out.normalize('NFC');
}
