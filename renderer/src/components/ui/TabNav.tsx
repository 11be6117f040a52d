/**
 * Sub-navigation as links (each tab has its own address), marked with aria-current so
 * screen readers announce the open tab.
 */
export function TabNav({ label, tabs, current }: { label: string; tabs: readonly { id: string; href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label={label} className="tabs">
      <ul className="tab-list">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <a href={tab.href} className={tab.id === current ? 'tab tab-active' : 'tab'} aria-current={tab.id === current ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
