import { describe, expect, it } from 'vitest';
import type { Report } from '@domain/schemas/report.schema.js';
import { reportFrom, type ReportView } from '../reports/report-view.js';
import { commissionerStart, ngoStart, secretariatStart, START_LIST_SIZE } from './start-items.js';

const NOW = new Date('2026-12-03T10:00:00Z');
const DAY = 86_400_000;

function report(id: string, data: Partial<Report>): ReportView {
  return reportFrom(id, { title: id, regionCode: 'UA-30', assignees: [], ...data });
}
/** What Firestore gives for a timestamp, as far as the views read it. */
const stamp = (ms: number) => ({ toMillis: () => ms });
const item = (view: ReportView) => ({
  ...view,
  organisation: '',
  region: '',
  statusLabel: view.status,
});

describe('the NGO’s start page', () => {
  it('lists unanswered requests by term, drafts, and recent changes without drafts', () => {
    const at = (days: number) => stamp(NOW.getTime() - days * DAY);
    const reports = [
      report('d1', { status: 'draft', updatedAt: at(1) }),
      report('i1', { status: 'info_requested', updatedAt: at(3), responseDeadline: at(-20) }),
      report('i2', { status: 'info_requested', updatedAt: at(2), responseDeadline: at(-5) }),
      ...Array.from({ length: 7 }, (_, i) =>
        report(`r${i}`, { status: 'registered', updatedAt: at(10 + i) }),
      ),
    ];
    const start = ngoStart(reports);
    expect(start.infoRequests.map((r) => r.id)).toEqual(['i2', 'i1']);
    expect(start.drafts.map((r) => r.id)).toEqual(['d1']);
    expect(start.recent.map((r) => r.id)).toEqual(['i2', 'i1', 'r0', 'r1', 'r2']);
    expect(start.recent).toHaveLength(START_LIST_SIZE);
  });
});

describe('the Secretariat’s and the Commissioner’s start pages', () => {
  const deadline = (days: number) => stamp(NOW.getTime() + days * DAY);
  const rows = [
    report('overdue', { status: 'in_review', responseDeadline: deadline(-2), assignees: ['me'] }),
    report('soon', { status: 'registered', responseDeadline: deadline(2), assignees: [] }),
    report('later', { status: 'registered', responseDeadline: deadline(20), assignees: ['other'] }),
    report('urgent', {
      status: 'in_review',
      urgent: true,
      responseDeadline: deadline(25),
      assignees: ['me'],
    }),
    report('paused', { status: 'info_requested', responseDeadline: deadline(-1), assignees: [] }),
    report('closed', { status: 'closed', responseDeadline: deadline(-9), assignees: ['me'] }),
  ].map(item);

  it('gives staff what is theirs, due soon, overdue, and new without an assignee', () => {
    const start = secretariatStart(rows, 'me', NOW);
    expect(start.assignedToMe.map((r) => r.id)).toEqual(['overdue', 'urgent']);
    expect(start.dueSoon.map((r) => r.id)).toEqual(['soon']);
    // A paused term (waiting for the NGO) and a closed report are not overdue.
    expect(start.overdue.map((r) => r.id)).toEqual(['overdue']);
    expect(start.newUnassigned.map((r) => r.id)).toEqual(['soon']);
  });

  it('gives the Commissioner what awaits a decision, the urgent and the overdue', () => {
    const start = commissionerStart(rows, NOW);
    expect(start.awaitingDecision.map((r) => r.id)).toEqual(['overdue', 'urgent']);
    expect(start.urgent.map((r) => r.id)).toEqual(['urgent']);
    expect(start.overdue.map((r) => r.id)).toEqual(['overdue']);
  });
});
