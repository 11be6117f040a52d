import { hexGroups } from '../logic';

/**
 * A SHA-256 (or key fingerprint) in groups of four, monospace, for reading aloud over the
 * phone. The text content keeps the spaces, so a copy gives "3f2a 9c01 …".
 */
export function HashCode({ hex, label, size = 'large', testId }: { hex: string; label: string; size?: 'large' | 'small'; testId?: string }) {
  const groups = hexGroups(hex);
  return (
    <p className={`hash-code hash-code-${size}`} translate="no" aria-label={label} data-testid={testId}>
      {groups.map((g, i) => (
        <span key={i} className="hash-group">
          {g}
          {i < groups.length - 1 ? ' ' : null}
        </span>
      ))}
    </p>
  );
}
