/** A native progress bar with a visible text; screen readers get both. */
export function ProgressBar({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  return (
    <div className="progress">
      <progress className="progress-bar" aria-label={label} value={value} max={Math.max(1, max)} />
      <p className="progress-text" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
