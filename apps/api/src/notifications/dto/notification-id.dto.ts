import { Matches, MaxLength } from 'class-validator';

/** Route parameter of POST /notifications/:id/read: `<kind>.<source id>[.<epoch ms>]`. */
export class NotificationIdParams {
  @MaxLength(120)
  @Matches(/^[a-z_]+\.[0-9a-f-]+(\.\d+)?$/)
  id: string;
}
