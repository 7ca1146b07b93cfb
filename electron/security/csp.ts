/**
 * The Content-Security-Policy the renderer is served with. Pure and free of Electron so the
 * browser tests serve the page under exactly the policy the app uses.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
];

export function contentSecurityPolicy(): string {
  return DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}
