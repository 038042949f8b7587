import { describe, expect, it } from 'vitest';
import { sourceFilesOf } from './source-files.js';

const record = (storagePath: string, contentType = 'image/jpeg') => ({
  orgId: '43900115',
  kind: storagePath.startsWith('notes/') ? 'photo' : 'evidence',
  fileName: 'photo.jpg',
  contentType,
  size: 10,
  sha256: 'a'.repeat(64),
  uploadedBy: 'u1',
  uploadedAt: new Date('2026-11-02T10:00:00Z'),
  storagePath,
});

describe('the files a publication may make public', () => {
  it('of a report’s outcome: the report’s attachments', () => {
    const files = sourceFilesOf({ kind: 'report_outcome', sourceId: 'r1' });
    expect(files?.collection).toBe('reports/r1/attachments');
    expect(files?.parse(record('reports/r1/a1'))?.storagePath).toBe('reports/r1/a1');
    // A note's photo is not a report's file.
    expect(files?.parse(record('notes/r1/a1'))).toBeNull();
  });

  it('of a note an NGO sent: the note’s photos, and nothing but photos', () => {
    const files = sourceFilesOf({ kind: 'ngo_activity', sourceId: 'n1' });
    expect(files?.collection).toBe('notes/n1/attachments');
    expect(files?.parse(record('notes/n1/a1'))?.fileName).toBe('photo.jpg');
    expect(files?.parse(record('notes/n1/a1', 'application/pdf'))).toBeNull();
    expect(files?.parse(record('reports/n1/a1'))).toBeNull();
  });

  it('none for a publication without a source, or one whose source has no files', () => {
    expect(sourceFilesOf({ kind: 'ngo_activity' })).toBeNull();
    expect(sourceFilesOf({ kind: 'report_outcome' })).toBeNull();
    expect(sourceFilesOf({ kind: 'proposal', sourceId: 'p1' })).toBeNull();
    expect(sourceFilesOf({ kind: 'meeting_minutes', sourceId: 'm1' })).toBeNull();
  });
});
