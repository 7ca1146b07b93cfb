import { bodyText } from './body-text';
import { checkForExport, hasBlocking, type CheckOptions, type ExportCheck } from './export-checks';
import { ExportError } from './export-error';
import type { ExportArticle } from './export-node';
import { renderPortalHtml, type PortalHtmlOptions } from './portal-html';
import { profileClassTokens, type PortalProfile } from './portal-profile';
import { verifyFragment, type VerifyProblem } from './verify-html';

/**
 * The fragment, checked: serialized, then parsed again and held against the allow-list. What
 * the command line's `html` verb and the "copy HTML for the portal" command call.
 */

export function verifiedFragment(article: ExportArticle, options: PortalHtmlOptions): string {
  let html: string;
  try {
    html = renderPortalHtml(article, options);
  } catch (error) {
    if (error instanceof RangeError) throw new ExportError('body-too-deep');
    throw error;
  }
  assertSafeFragment(html, options.profile);
  return html;
}

export function fragmentProblems(html: string, profile: PortalProfile): VerifyProblem[] {
  return verifyFragment(html, { picture: profile.webp, classTokens: profileClassTokens(profile) });
}

export function assertSafeFragment(html: string, profile: PortalProfile): void {
  const problems = fragmentProblems(html, profile);
  if (problems.length > 0) throw new ExportError('unsafe-html', { problems });
}

export interface PortalHtmlResult {
  html: string;
  /** Every check, warnings included (the blocking ones would have thrown). */
  checks: ExportCheck[];
}

/**
 * `soan-tin html DRAFT`: the fragment, refused (ExportError 'blocking-problems', with the list)
 * while a blocking problem remains, exactly as the export is.
 */
export function portalHtml(article: ExportArticle, profile: PortalProfile, checkOptions: CheckOptions = {}): PortalHtmlResult {
  const checks = checkForExport(article, checkOptions);
  if (hasBlocking(checks)) throw new ExportError('blocking-problems', { checks });
  return { html: verifiedFragment(article, { profile }), checks };
}

/**
 * Tệp → Sao chép HTML cho cổng: the fragment as text/html (image addresses as the profile gives
 * them, absolute when it has an absolute base) and the article's text as text/plain. Not refused
 * for warnings or missing fields: the web team may paste a part; unsafe HTML still never goes.
 */
export function clipboardPayload(article: ExportArticle, profile: PortalProfile): { html: string; text: string } {
  const html = verifiedFragment(article, { profile });
  const parts = [profile.sapoInBody ? article.meta.sapo.trim() : '', bodyText(article.body.root)].filter((t) => t !== '');
  return { html, text: parts.join('\n\n').normalize('NFC') };
}
