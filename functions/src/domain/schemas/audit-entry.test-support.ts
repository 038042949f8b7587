/** A stored audit entry that fits `auditEntrySchema`, for tests to vary. */
export const AUDIT_ENTRY = {
  chain: 'report:r1',
  sequence: 1,
  at: '2026-12-03T10:00:00.000Z',
  actor: { uid: 'demo-staff1', role: 'staff' },
  action: 'report.assigned',
  target: { type: 'report', id: 'r1' },
  details: {},
  prevHash: null,
  hash: 'a'.repeat(64),
};
