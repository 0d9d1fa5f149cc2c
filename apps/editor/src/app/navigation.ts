import type { SessionUser } from '@bsc/domain';
import { canAdminister, canManageGaps, canReadContacts, canReview, canSearch, canWrite, type AccessRule } from './access';
import { appMessages } from './messages';

/** An entry of the main navigation. */
export interface NavItem {
  to: string;
  label: string;
  allow: AccessRule;
}

/** Main navigation in display order; each entry shows only to users it applies to. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: appMessages.navSearch, allow: canSearch },
  { to: '/arbeitsbereich', label: appMessages.navWorkspace, allow: canWrite },
  { to: '/freigaben', label: appMessages.navReview, allow: canReview },
  { to: '/erstkontakt', label: appMessages.navContacts, allow: canReadContacts },
  { to: '/inhaltsluecken', label: appMessages.navGaps, allow: canManageGaps },
  { to: '/verwaltung', label: appMessages.navAdmin, allow: canAdminister },
];

/** The navigation entries the user may see. */
export function navItemsFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => item.allow(user));
}
