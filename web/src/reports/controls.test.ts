import { describe, expect, it } from 'vitest';
import { reportControls, type ReportActor, type ReportFacts } from './controls.js';

const report = (changes: Partial<ReportFacts> = {}): ReportFacts => ({
  status: 'in_review',
  orgId: '43900115',
  regionCode: 'UA-30',
  assignees: ['coord-kyiv'],
  ...changes,
});

const person = (changes: Partial<ReportActor>): ReportActor => ({
  uid: 'someone',
  role: null,
  orgId: null,
  regions: [],
  decisionAuthority: false,
  ...changes,
});

const member = person({ uid: 'member', role: 'ngo_member', orgId: '43900115' });
const otherOrg = person({ uid: 'other', role: 'ngo_admin', orgId: '43900225' });
const staff = person({ uid: 'staff2', role: 'staff' });
const deciding = person({ uid: 'staff1', role: 'staff', decisionAuthority: true });
const commissioner = person({ uid: 'commissioner', role: 'commissioner' });
const kyiv = person({ uid: 'coord-kyiv', role: 'coordinator', regions: ['UA-30'] });
const lviv = person({ uid: 'coord-lviv', role: 'coordinator', regions: ['UA-46'] });

describe('what the report page offers', () => {
  it('the NGO: withdraw while in review; answer a request for information', () => {
    expect(reportControls(report(), member, true).actions).toEqual(['withdraw']);
    expect(reportControls(report({ status: 'info_requested' }), member, true).actions).toEqual([
      'provideInfo',
      'withdraw',
    ]);
    // After the decision there is nothing to withdraw.
    expect(reportControls(report({ status: 'decided' }), member, true).actions).toEqual([]);
  });

  it('the NGO’s draft: edited always, submitted only by a verified organisation', () => {
    const draft = report({ status: 'draft', assignees: [] });
    expect(reportControls(draft, member, true).draft).toEqual({
      editable: true,
      submittable: true,
    });
    expect(reportControls(draft, member, false).draft).toEqual({
      editable: true,
      submittable: false,
    });
    expect(reportControls(draft, staff, true).side).toBeNull();
  });

  it('staff: review steps; deciding only with the Commissioner’s authority', () => {
    expect(reportControls(report(), staff, true).actions).toEqual(['requestInfo', 'assign']);
    expect(reportControls(report(), deciding, true).actions).toEqual([
      'requestInfo',
      'decide',
      'decline',
      'assign',
    ]);
    expect(reportControls(report({ status: 'registered' }), staff, true).actions).toEqual([
      'startReview',
      'assign',
    ]);
    expect(reportControls(report({ status: 'closed' }), staff, true).actions).toEqual(['reopen']);
  });

  it('the Commissioner decides, records measures and closes, but does not assign', () => {
    expect(reportControls(report(), commissioner, true).actions).toEqual(['decide', 'decline']);
    expect(reportControls(report({ status: 'decided' }), commissioner, true).actions).toEqual([
      'recordMeasure',
      'close',
    ]);
  });

  it('a coordinator works on the reports of their region only', () => {
    expect(reportControls(report({ status: 'info_requested' }), kyiv, true).actions).toEqual([
      'resumeReview',
      'assign',
    ]);
    expect(reportControls(report(), lviv, true)).toMatchObject({ side: null, actions: [] });
    expect(reportControls(report(), otherOrg, true)).toMatchObject({ side: null, actions: [] });
  });

  it('the personal data: read by the organisation, viewed through the audit by assignees and the Commissioner', () => {
    expect(reportControls(report(), member, true).personalData).toBe('direct');
    expect(reportControls(report(), kyiv, true).personalData).toBe('audited');
    expect(reportControls(report(), commissioner, true).personalData).toBe('audited');
    expect(reportControls(report(), staff, true).personalData).toBe('none');
    expect(reportControls(report({ assignees: ['staff2'] }), staff, true).personalData).toBe(
      'audited',
    );
    expect(reportControls(report(), lviv, true).personalData).toBe('none');
  });

  it('the thread, the duplicates and the files follow the rules and the upload policy', () => {
    expect(reportControls(report({ status: 'submitted' }), member, true).canMessage).toBe(false);
    expect(reportControls(report(), member, true).canMessage).toBe(true);
    expect(reportControls(report({ status: 'withdrawn' }), kyiv, true).canMessage).toBe(false);
    expect(reportControls(report(), kyiv, true).duplicates).toEqual({
      visible: true,
      linkable: true,
    });
    expect(reportControls(report(), member, true).duplicates.visible).toBe(false);
    expect(reportControls(report(), member, true).uploadKinds).toEqual([
      'evidence',
      'draft_response_act',
    ]);
    expect(reportControls(report({ status: 'decided' }), member, true).uploadKinds).toEqual([]);
    expect(reportControls(report(), staff, true).uploadKinds).toEqual(['measure_document']);
    expect(reportControls(report(), lviv, true).uploadKinds).toEqual([]);
  });
});
