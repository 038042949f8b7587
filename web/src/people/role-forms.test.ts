import { describe, expect, it } from 'vitest';
import { pagesUk as uk } from '../i18n/sections/pages.uk.js';
import { listingInput, setRoleInput, validateListing, validateRole } from './role-forms.js';

describe('role assignment', () => {
  const messages = uk.users.validation;

  it('gives regions only to a coordinator, and the authority to decide only to staff', () => {
    expect(
      setRoleInput('u1', {
        role: 'coordinator',
        decisionAuthority: true,
        regions: ['UA-46', 'UA-07'],
      }),
    ).toEqual({ action: 'setRole', uid: 'u1', role: 'coordinator', regions: ['UA-46', 'UA-07'] });
    expect(
      setRoleInput('u1', { role: 'staff', decisionAuthority: true, regions: ['UA-46'] }),
    ).toEqual({ action: 'setRole', uid: 'u1', role: 'staff', decisionAuthority: true });
    expect(setRoleInput('u1', { role: 'staff', decisionAuthority: false, regions: [] })).toEqual({
      action: 'setRole',
      uid: 'u1',
      role: 'staff',
    });
    expect(
      setRoleInput('u1', { role: 'admin', decisionAuthority: true, regions: ['UA-30'] }),
    ).toEqual({ action: 'setRole', uid: 'u1', role: 'admin' });
  });

  it('asks for a role, and for a coordinator’s regions', () => {
    expect(
      validateRole('u1', { role: '', decisionAuthority: false, regions: [] }, 'uk', {}, messages),
    ).toEqual({
      ok: false,
      problems: { role: messages.roleRequired },
    });
    expect(
      validateRole(
        'u1',
        { role: 'ngo_admin', decisionAuthority: false, regions: [] },
        'uk',
        {},
        messages,
      ),
    ).toEqual({ ok: false, problems: { role: messages.roleRequired } });
    expect(
      validateRole(
        'u1',
        { role: 'coordinator', decisionAuthority: false, regions: [] },
        'uk',
        {},
        messages,
      ),
    ).toEqual({ ok: false, problems: { regions: messages.regionsRequired } });
    expect(
      validateRole(
        'u1',
        { role: 'coordinator', decisionAuthority: false, regions: ['UA-99'] },
        'uk',
        {},
        messages,
      ).ok,
    ).toBe(false);
    expect(
      validateRole(
        'u1',
        { role: 'commissioner', decisionAuthority: false, regions: [] },
        'uk',
        {},
        messages,
      ),
    ).toEqual({ ok: true, value: { action: 'setRole', uid: 'u1', role: 'commissioner' } });
  });

  it('maps a coordinator’s public contacts, empty ones removed', () => {
    expect(
      listingInput('u1', {
        position: ' Координатор ',
        workEmail: '',
        workPhone: '+380 67 000 00 00',
      }),
    ).toEqual({
      action: 'updateCoordinatorListing',
      uid: 'u1',
      position: 'Координатор',
      workEmail: undefined,
      workPhone: '+380 67 000 00 00',
    });
    expect(
      validateListing('u1', { position: '', workEmail: 'work@', workPhone: '123' }, 'en', {
        workEmail: 'Work email',
        workPhone: 'Work phone',
      }),
    ).toEqual({
      ok: false,
      problems: {
        workEmail: 'Enter an email address in the form name@example.org.',
        workPhone:
          'Enter a Ukrainian phone number, for example 050 123 45 67 or +380 50 123 45 67.',
      },
    });
  });
});
