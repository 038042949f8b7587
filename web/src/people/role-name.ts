import { ROLE_LABELS, type Role } from '@domain/role-labels.js';
import { currentLanguage, t } from '../i18n/i18n.js';

/** A role as people read it («Регіональний координатор»), or «Без ролі». */
export function roleName(role: string | null): string {
  const labels = role ? ROLE_LABELS[role as Role] : undefined;
  return labels ? labels[currentLanguage()] : t('users.noRole');
}
