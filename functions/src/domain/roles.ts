import { z } from 'zod';
import { regionCodeSchema } from './catalogues/catalogue-schemas.js';
import { idSchema } from './fields.js';
import { codedIssue } from './errors/field-issue.js';
import { NGO_ROLES, ROLES, type Role } from './role-labels.js';

export { NGO_ROLES, ROLE_LABELS, ROLES, SECRETARIAT_ROLES, type Role } from './role-labels.js';
export const roleSchema = z.enum(ROLES);

/**
 * Custom claims on the Auth token. Written only by server code (`adminSetRole`, the seed).
 * `orgId` belongs to NGO roles, `regions` to coordinators; `decisionAuthority` marks staff
 * the Commissioner authorised to decide on reports in their name.
 */
export const roleClaimsSchema = z
  .object({
    role: roleSchema,
    orgId: idSchema.optional(),
    regions: z.array(regionCodeSchema).min(1).optional(),
    decisionAuthority: z.boolean().optional(),
  })
  .strict()
  .superRefine((claims, ctx) => {
    const isNgo = NGO_ROLES.includes(claims.role);
    if (isNgo && !claims.orgId) {
      ctx.addIssue({
        code: 'custom',
        path: ['orgId'],
        ...codedIssue('ROLE.ORGANISATION_REQUIRED'),
      });
    }
    if (!isNgo && claims.orgId) {
      ctx.addIssue({
        code: 'custom',
        path: ['orgId'],
        ...codedIssue('ROLE.ORGANISATION_NOT_ALLOWED'),
      });
    }
    if (claims.role === 'coordinator' && !claims.regions?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['regions'],
        ...codedIssue('ROLE.REGIONS_REQUIRED'),
      });
    }
    if (claims.role !== 'coordinator' && claims.regions) {
      ctx.addIssue({
        code: 'custom',
        path: ['regions'],
        ...codedIssue('ROLE.REGIONS_NOT_ALLOWED'),
      });
    }
    if (claims.decisionAuthority && claims.role !== 'staff') {
      ctx.addIssue({
        code: 'custom',
        path: ['decisionAuthority'],
        ...codedIssue('ROLE.DECISION_AUTHORITY_STAFF_ONLY'),
      });
    }
  });
export type RoleClaims = z.infer<typeof roleClaimsSchema>;

/**
 * The person acting, as the domain sees them: their claims plus relations resolved by the
 * caller (council chairmanship is a relation, not a role). `system` is server code itself.
 */
export interface Actor {
  uid: string;
  role: Role | 'system';
  orgId?: string | undefined;
  regions?: readonly string[] | undefined;
  decisionAuthority?: boolean | undefined;
  /** Councils this person chairs (resolved from council membership). */
  chairOf?: readonly string[] | undefined;
  /** Councils this person is a member of. */
  memberOf?: readonly string[] | undefined;
  /** Councils this person is the secretary of. */
  secretaryOf?: readonly string[] | undefined;
}

export const SYSTEM_ACTOR: Actor = { uid: 'system', role: 'system' };
