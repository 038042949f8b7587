import { describe, expect, it } from 'vitest';
import { issueLines } from './zod-issues.test-support.js';
import { councilApplicationSchema } from './council-application.schema.js';
import {
  councilMembershipInputSchema,
  councilMembershipSchema,
} from './council-membership.schema.js';
import { councilInputSchema, councilSchema } from './council.schema.js';

const AT = new Date('2026-05-12T09:30:00Z');

const expert = {
  kind: 'expert',
  name: {
    uk: 'Експертна рада з питань захисту прав дитини',
    en: 'Expert Council on the Rights of the Child',
  },
  description: { uk: 'Готує пропозиції щодо законодавства про захист дітей.' },
  theme: 'legislation',
  instruments: ['crc', 'crc_opac'],
};

describe('councils', () => {
  it('take a theme, rights and instruments, with more than half as the default quorum', () => {
    expect(councilInputSchema.parse(expert)).toEqual({
      ...expert,
      rights: [],
      quorum: { rule: 'more_than_half' },
    });
  });

  it('need an expert council’s theme, and instruments from the catalogue', () => {
    expect(issueLines(councilInputSchema.safeParse({ ...expert, theme: undefined }))).toEqual([
      'theme: Оберіть напрям, з якого працює експертна рада',
    ]);
    expect(issueLines(councilInputSchema.safeParse({ ...expert, instruments: ['udhr'] }))).toEqual([
      'instruments.0: Оберіть міжнародний документ зі списку',
    ]);
    expect(
      councilInputSchema.safeParse({ ...expert, kind: 'advisory', theme: undefined }).success,
    ).toBe(true);
  });

  it('show the public the member organisations and the chair, no contacts', () => {
    const council = {
      ...councilInputSchema.parse(expert),
      memberOrgs: [{ orgId: '43900335', name: 'ГО «Харківський правозахисний центр»' }],
      chair: { displayName: 'Тарас Мельник', orgName: 'ГО «Харківський правозахисний центр»' },
      createdBy: 'admin',
      createdAt: AT,
      updatedAt: AT,
    };
    expect(issueLines(councilSchema.safeParse(council))).toEqual([]);
    expect(councilSchema.safeParse({ ...council, chair: { displayName: 'Т' } }).success).toBe(
      false,
    );
  });
});

describe('memberships', () => {
  const membership = {
    uid: 'olena',
    displayName: 'Олена Коваль',
    email: 'Olena@Example.org',
    orgId: '43900115',
    role: 'member',
    from: '2026-01-01',
    createdBy: 'admin',
    createdAt: AT,
    updatedAt: AT,
  };

  it('keep a period in a role, its end inclusive and not before its start', () => {
    expect(councilMembershipSchema.parse({ ...membership, to: '2026-01-01' }).email).toBe(
      'olena@example.org',
    );
    expect(
      issueLines(councilMembershipSchema.safeParse({ ...membership, to: '2025-12-31' })),
    ).toEqual(['to: Членство не може закінчитися раніше, ніж почалося']);
    expect(
      issueLines(
        councilMembershipInputSchema.safeParse({
          uid: 'olena',
          role: 'deputy',
          from: '2026-01-01',
        }),
      ),
    ).toEqual(['role: Оберіть роль у раді']);
  });
});

describe('applications to an expert council', () => {
  const application = {
    motivation: 'Наша організація 10 років захищає права дітей у закладах.',
    uid: 'maria',
    displayName: 'Марія Шевчук',
    orgId: '43900225',
    orgName: 'ГО «Львівська правозахисна група»',
    status: 'pending',
    createdAt: AT,
    updatedAt: AT,
  };

  it('carry a motivation, and a decision only once decided', () => {
    expect(councilApplicationSchema.safeParse(application).success).toBe(true);
    expect(
      councilApplicationSchema.safeParse({
        ...application,
        status: 'accepted',
        decidedBy: 'staff',
        decidedAt: AT,
      }).success,
    ).toBe(true);
    expect(
      issueLines(councilApplicationSchema.safeParse({ ...application, status: 'declined' })),
    ).toEqual(['decidedAt: Рішення за заявою має дату, а заява без рішення — ні']);
    expect(
      issueLines(councilApplicationSchema.safeParse({ ...application, motivation: 'Хочу' })),
    ).toEqual(['motivation: «Чому ви хочете долучитися до ради»: щонайменше 20 символів']);
  });
});
