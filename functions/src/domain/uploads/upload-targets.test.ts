import { describe, expect, it } from 'vitest';
import {
  fileUrl,
  maxFilesOf,
  targetOfSegment,
  targetTakesType,
  uploadAddressOf,
} from './upload-targets.js';

describe('the target of an upload, from its query', () => {
  it('names a report, a proposal or a meeting, with a kind of that target', () => {
    expect(uploadAddressOf({ reportId: 'r1', kind: 'evidence' })).toEqual({
      target: 'report',
      id: 'r1',
      kind: 'evidence',
    });
    expect(uploadAddressOf({ proposalId: 'p1', kind: 'proposal_document' })).toEqual({
      target: 'proposal',
      id: 'p1',
      kind: 'proposal_document',
    });
    expect(uploadAddressOf({ meetingId: 'm1', kind: 'minutes' })).toEqual({
      target: 'meeting',
      id: 'm1',
      kind: 'minutes',
    });
    expect(uploadAddressOf({ noteId: 'n1', kind: 'photo' })).toEqual({
      target: 'note',
      id: 'n1',
      kind: 'photo',
    });
  });

  it('refuses a kind of another target, two targets, none, and ids that are not plain', () => {
    expect(uploadAddressOf({ proposalId: 'p1', kind: 'evidence' })).toBeNull();
    expect(uploadAddressOf({ reportId: 'r1', kind: 'minutes' })).toBeNull();
    expect(uploadAddressOf({ noteId: 'n1', kind: 'evidence' })).toBeNull();
    expect(uploadAddressOf({ reportId: 'r1', kind: 'photo' })).toBeNull();
    expect(uploadAddressOf({ reportId: 'r1', proposalId: 'p1', kind: 'evidence' })).toBeNull();
    expect(uploadAddressOf({ kind: 'evidence' })).toBeNull();
    expect(uploadAddressOf({ meetingId: '../m1', kind: 'minutes' })).toBeNull();
    expect(uploadAddressOf({ meetingId: ['m1', 'm2'], kind: 'minutes' })).toBeNull();
    expect(uploadAddressOf(null)).toBeNull();
  });
});

describe('the address of a stored file', () => {
  it('keeps the reports’ address and puts the others under their folder', () => {
    expect(fileUrl('report', 'r1', 'a1')).toBe('/api/files/r1/a1');
    expect(fileUrl('proposal', 'p1', 'a1')).toBe('/api/files/proposals/p1/a1');
    expect(fileUrl('meeting', 'm1', 'a1')).toBe('/api/files/meetings/m1/a1');
    expect(fileUrl('note', 'n1', 'a1')).toBe('/api/files/notes/n1/a1');
    expect(targetOfSegment('meetings')).toBe('meeting');
    expect(targetOfSegment('notes')).toBe('note');
    expect(targetOfSegment('reports')).toBeNull();
  });
});

describe('what a target narrows', () => {
  it('a note takes JPEG, PNG and WebP photos only, the others every allowed type', () => {
    expect(['jpeg', 'png', 'webp'].every((type) => targetTakesType('note', type as 'png'))).toBe(
      true,
    );
    expect(targetTakesType('note', 'pdf')).toBe(false);
    expect(targetTakesType('note', 'heic')).toBe(false);
    expect(targetTakesType('report', 'pdf')).toBe(true);
    expect(targetTakesType('meeting', 'docx')).toBe(true);
  });

  it('a note holds at most 6 files, or fewer if the deployment says so; others the deployment’s', () => {
    expect(maxFilesOf('note', { maxFilesPerReport: 20 })).toBe(6);
    expect(maxFilesOf('note', { maxFilesPerReport: 4 })).toBe(4);
    expect(maxFilesOf('proposal', { maxFilesPerReport: 20 })).toBe(20);
  });
});
