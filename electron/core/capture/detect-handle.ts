/**
 * The account a URL names, by the URL patterns of the platforms in the shipped catalogue
 * (resources/platforms.json), so the officer never types what the address already says
 * (issue 18 item 1). Returns '' when the URL names no account (instagram.com/p/<id> does not).
 * Platforms not listed here, and unknown hosts, get the common `/@name` pattern only.
 */
const NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** First path segments that are pages of the platform itself, not accounts. */
const RESERVED: Readonly<Record<string, ReadonlySet<string>>> = {
  instagram: new Set(['p', 'reel', 'reels', 'tv', 'stories', 'explore', 'accounts', 'direct', 'about', 'legal', 'developer', 'web', 'challenge']),
  facebook: new Set(['groups', 'watch', 'events', 'marketplace', 'gaming', 'pages', 'photo.php', 'story.php', 'permalink.php', 'share', 'reel', 'login', 'help', 'profile.php']),
  x: new Set(['i', 'home', 'explore', 'search', 'settings', 'intent', 'share', 'hashtag', 'messages', 'notifications', 'login', 'tos', 'privacy']),
  reddit: new Set(['r', 'comments', 'login', 'settings']),
};

function segments(u: URL): string[] {
  return u.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

const at = (name: string | undefined): string => (name && NAME.test(name.replace(/^@/, '')) ? `@${name.replace(/^@/, '')}` : '');

export function detectHandle(platformId: string, rawUrl: string): string {
  let u: URL;
  try {
    u = new URL(rawUrl);
  } catch {
    return '';
  }
  const seg = segments(u);
  const first = seg[0];
  const atSegment = seg.find((s) => s.startsWith('@') && s.length > 1);
  switch (platformId) {
    case 'instagram':
      if (first === 'stories') return at(seg[1]);
      return first && !RESERVED.instagram!.has(first) ? at(first) : '';
    case 'facebook':
      if (first === 'profile.php') return u.searchParams.get('id') ? `id:${u.searchParams.get('id')}` : '';
      return first && !RESERVED.facebook!.has(first) ? at(first) : '';
    case 'x':
      return first && !RESERVED.x!.has(first) ? at(first) : '';
    case 'reddit':
      return (first === 'user' || first === 'u') && seg[1] ? at(seg[1]) : '';
    case 'snapchat':
      return first === 'add' ? at(seg[1]) : atSegment ? at(atSegment) : '';
    case 'youtube':
      if (atSegment) return at(atSegment);
      return (first === 'c' || first === 'user') && seg[1] ? at(seg[1]) : '';
    case 'telegram':
      return u.hostname.endsWith('t.me') && first && first !== 'joinchat' && first !== 's' ? at(first) : '';
    default:
      return atSegment ? at(atSegment) : '';
  }
}
