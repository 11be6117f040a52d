/**
 * Figures for the dashboard: per platform open / removed / refused and the median days from
 * sending to removal; the number of overdue requests at the end of each of the last N days,
 * reconstructed from the status history (each history row holds the follow-up date after it).
 */
import type { DashboardStats, TakedownStatus } from '../../../shared/takedown-types';
import { WAITING_STATUSES } from '../../../shared/takedown-types';
import type { Db } from '../db/open';
import { listPlatforms } from '../platform/catalogue-repo';
import { addDays, localDate, startOfLocalDay } from '../../../shared/time';

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function dashboardStats(db: Db, now: Date, days = 30): DashboardStats {
  const names = new Map(listPlatforms(db).map((p) => [p.id, p.name]));
  const reqs = db.prepare('SELECT id, target_platform_id AS platform, status, sent_at, decision_at, follow_up_date FROM takedown_requests').all() as {
    id: string;
    platform: string;
    status: TakedownStatus;
    sent_at: string | null;
    decision_at: string | null;
    follow_up_date: string | null;
  }[];
  const per = new Map<string, { open: number; removed: number; refused: number; days: number[] }>();
  const today = localDate(now);
  let overdueNow = 0;
  for (const r of reqs) {
    const p = per.get(r.platform) ?? { open: 0, removed: 0, refused: 0, days: [] };
    if (r.status === 'removed') {
      p.removed++;
      if (r.sent_at && r.decision_at) p.days.push((Date.parse(r.decision_at) - Date.parse(r.sent_at)) / 86_400_000);
    } else if (r.status === 'refused') p.refused++;
    else p.open++;
    if (WAITING_STATUSES.includes(r.status) && r.follow_up_date && r.follow_up_date < today) overdueNow++;
    per.set(r.platform, p);
  }
  const perPlatform = [...per.entries()]
    .map(([platformId, p]) => {
      const m = median(p.days);
      return { platformId, platformName: names.get(platformId) ?? platformId, open: p.open, removed: p.removed, refused: p.refused, medianDaysToRemoval: m === null ? null : Math.round(m * 10) / 10 };
    })
    .sort((a, b) => b.open + b.removed + b.refused - (a.open + a.removed + a.refused));

  const events = db.prepare('SELECT request_id, at, to_status, follow_up_date FROM takedown_events ORDER BY seq').all() as { request_id: string; at: string; to_status: TakedownStatus; follow_up_date: string | null }[];
  const overdueOverTime: DashboardStats['overdueOverTime'] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    const end = startOfLocalDay(addDays(day, 1)).toISOString();
    const state = new Map<string, { status: TakedownStatus; followUp: string | null }>();
    for (const e of events) if (e.at < end) state.set(e.request_id, { status: e.to_status, followUp: e.follow_up_date });
    let n = 0;
    for (const s of state.values()) if (WAITING_STATUSES.includes(s.status) && s.followUp !== null && s.followUp < day) n++;
    overdueOverTime.push({ date: day, overdue: n });
  }
  const totals = perPlatform.reduce((t, p) => ({ open: t.open + p.open, removed: t.removed + p.removed, refused: t.refused + p.refused, overdue: t.overdue }), { open: 0, removed: 0, refused: 0, overdue: overdueNow });
  return { perPlatform, overdueOverTime, totals };
}
