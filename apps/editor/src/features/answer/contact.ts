import type { PublishedArticleView } from '@bsc/domain';

/** Who the citizen turns to: the department, with the article's override where set. */
export interface EffectiveContact {
  departmentName: string;
  phone: string;
  email: string;
  room: string;
  address: string;
  note: string | null;
}

/** Merges the article's contact override over the department's contact. */
export function effectiveContact(article: PublishedArticleView): EffectiveContact {
  const override = article.content.contactOverride;
  const department = article.department;
  return {
    departmentName: department.name,
    phone: override?.phone?.trim() || department.phone,
    email: override?.email?.trim() || department.email,
    room: override?.room?.trim() || department.room,
    address: department.address,
    note: override?.note?.trim() || null,
  };
}
