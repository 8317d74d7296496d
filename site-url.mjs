// The site's public URL (astro.config.mjs `site`), from the SITE_URL environment
// variable at build time. It is what the slides' "Try it" QR codes encode, so
// build with the address the audience's phones can open:
//   SITE_URL=https://talk.example.org npm run build
// Without it the build uses DEFAULT_SITE_URL, the address `npm start` serves,
// so every link in a local build works on the machine that built it.

export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/**
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteUrl(env) {
  const given = env.SITE_URL?.trim();
  if (!given) return DEFAULT_SITE_URL;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://talk.example.org, not "${given}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, not "${given}"`);
  }
  // Every page links to the others from the host's root (/slides/1, /playground, …).
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be the root of a host (the site serves /slides, /playground, … there), not "${given}"`);
  }
  return url.href;
}
