/**
 * The roles and their names, without the schemas (roles.ts): the web's first pages show a
 * role's name, and should not bring zod and the catalogues' schemas along for it.
 */
export const ROLES = [
  'ngo_member',
  'ngo_admin',
  'coordinator',
  'staff',
  'commissioner',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Labels for the interface; the role codes themselves are stable API. */
export const ROLE_LABELS: Record<Role, { uk: string; en: string }> = {
  ngo_member: { uk: 'Представник ГО', en: 'NGO member' },
  ngo_admin: { uk: 'Керівник ГО', en: 'NGO lead' },
  coordinator: { uk: 'Регіональний координатор', en: 'Regional coordinator' },
  staff: { uk: 'Працівник Секретаріату', en: 'Secretariat officer' },
  commissioner: { uk: 'Уповноважений', en: 'Commissioner' },
  admin: { uk: 'Адміністратор системи', en: 'System administrator' },
};

export const NGO_ROLES: readonly Role[] = ['ngo_member', 'ngo_admin'];
export const SECRETARIAT_ROLES: readonly Role[] = ['coordinator', 'staff', 'commissioner'];
