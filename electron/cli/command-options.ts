/**
 * Which options each command takes: an option another command takes is a usage error here
 * (`vault init --overdue` says so instead of silently ignoring it). Every command also takes
 * the global --json, --lang and --help.
 */
export const GLOBAL_OPTIONS = ['json', 'lang', 'help'] as const;

export const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  'vault init': ['vault', 'name'],
  'vault check': ['vault'],
  'vault passwd': ['vault'],
  'vault recover': ['vault'],
  'case create': ['vault', 'title', 'category', 'description'],
  'case list': ['vault', 'status'],
  // --- issue 15 ---
  'case hold': ['vault', 'case', 'reason', 'kind'],
  'case release': ['vault', 'case', 'reason'],
  'case retention': ['vault', 'case', 'years'],
  'case purge': ['vault', 'case', 'confirm'],
  'person add': ['vault', 'case', 'name', 'role', 'minor', 'pseudonym', 'same-as'],
  'person list': ['vault', 'case'],
  'person report': ['vault', 'person', 'out', 'request', 'force', 'withhold-police'],
  'staff add': ['vault', 'name', 'role', 'phone', 'email', 'default'],
  'staff list': ['vault'],
  // --- end issue 15 ---
  'evidence add': ['vault', 'case', 'url', 'platform', 'handle', 'seen-at', 'description', 'minor', 'sexual', 'hash-only', 'category', 'platform-description'],
  'evidence list': ['vault', 'case'],
  'evidence held-back': ['vault'],
  'evidence decide': ['vault', 'item', 'decision'],
  'takedown add': ['vault', 'item', 'case', 'url', 'platform', 'channel', 'target', 'target-kind', 'route', 'category', 'minor', 'platform-description'],
  'takedown set-status': ['vault', 'reference', 'note'],
  'takedown sender': ['vault'],
  'takedown list': ['vault', 'case', 'overdue'],
  'takedown notice': ['vault'],
  'sender set': ['vault', 'name', 'email', 'organisation'],
  'sender show': ['vault'],
  export: ['vault', 'case', 'profile', 'out', 'recipient', 'force', 'tsa', 'without-timestamp'],
  capture: ['vault', 'case', 'url', 'url-only', 'description', 'sexual', 'minor', 'wait'],
  verify: ['expect-key'],
  'backup create': ['vault', 'out', 'force'],
  'backup verify': [],
  'backup restore': ['to'],
  // --- issue 19 ---
  'message templates': ['vault'],
  'message draft': ['vault', 'case', 'template'],
  'message log': ['vault', 'case', 'to', 'how', 'template', 'note', 'text', 'audience', 'person', 'follow-up'],
  'message list': ['vault', 'case'],
  pdq: [],
};

/** Commands with subcommands ("vault init"); the others stand alone ("verify FILE"). */
const GROUPS = new Set(Object.keys(COMMAND_OPTIONS).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** The command's name as in the table, or null when there is no such command. */
export function commandName(positionals: readonly string[]): string | null {
  const [group, sub] = positionals;
  if (!group) return null;
  const name = GROUPS.has(group) ? `${group} ${sub ?? ''}`.trim() : group;
  return name in COMMAND_OPTIONS ? name : null;
}

/** Options given that the command does not take. */
export function foreignOptions(command: string, given: readonly string[]): string[] {
  const allowed = new Set<string>([...GLOBAL_OPTIONS, ...(COMMAND_OPTIONS[command] ?? [])]);
  return given.filter((o) => !allowed.has(o));
}
