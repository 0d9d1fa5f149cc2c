import { Article } from '../articles/article.entity';
import { ArticleDraft } from '../articles/article-draft.entity';
import { ArticleVersion } from '../articles/article-version.entity';
import { Authority } from '../contacts/authority.entity';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { CatalogueDocument } from '../documents/document.entity';
import { User } from '../users/user.entity';

/** Every TypeORM entity of the API. */
export const ALL_ENTITIES = [Article, ArticleDraft, ArticleVersion, Department, CatalogueDocument, User, Authority, Contact];
