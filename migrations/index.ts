// Every migration in order. Listed explicitly (not globbed) so the same list works compiled,
// under Jest and in the CLI.
import { CreateSchema1764000000000 } from './1764000000000-CreateSchema';
import { CreateAuditLog1764000000001 } from './1764000000001-CreateAuditLog';
import { CreateSearchAnalytics1764000000002 } from './1764000000002-CreateSearchAnalytics';
import { CreateFlags1764000000003 } from './1764000000003-CreateFlags';
import { CreateNotificationReads1795626182563 } from './1795626182563-CreateNotificationReads';
import { CreateArticleTrigramIndex1795630645472 } from './1795630645472-CreateArticleTrigramIndex';
import { CreateRankingPostings1796407000000 } from './1796407000000-CreateRankingPostings';
import { AddAnsweredToSearchEvents1796407853352 } from './1796407853352-AddAnsweredToSearchEvents';
import { CreateContacts1796407375708 } from './1796407375708-CreateContacts';
import { CreateTypoEditsFunction1796419630535 } from './1796419630535-CreateTypoEditsFunction';
import { CreateSearchLearning1796500000000 } from './1796500000000-CreateSearchLearning';
import { CreateContentGapIgnores1796510000000 } from './1796510000000-CreateContentGapIgnores';
import { AddSettledSignal1796530000000 } from './1796530000000-AddSettledSignal';
import { AddOneOpenFlagPerAgentIndex1796633106536 } from './1796633106536-AddOneOpenFlagPerAgentIndex';
import { AddAnswerUsedToSearchEvents1796700000000 } from './1796700000000-AddAnswerUsedToSearchEvents';
import { AddLastRejectionToDrafts1796520000000 } from './1796520000000-AddLastRejectionToDrafts';
import { TrackCatalogueSource1796520000001 } from './1796520000001-TrackCatalogueSource';
import { SearchWordsTrigramIndexWithoutPendingList1796710000000 } from './1796710000000-SearchWordsTrigramIndexWithoutPendingList';
import { DropUnusedFullTextColumns1796720000000 } from './1796720000000-DropUnusedFullTextColumns';

export const ALL_MIGRATIONS = [
  CreateSchema1764000000000,
  CreateAuditLog1764000000001,
  CreateSearchAnalytics1764000000002,
  CreateFlags1764000000003,
  CreateNotificationReads1795626182563,
  CreateArticleTrigramIndex1795630645472,
  CreateRankingPostings1796407000000,
  CreateContacts1796407375708,
  AddAnsweredToSearchEvents1796407853352,
  CreateTypoEditsFunction1796419630535,
  CreateSearchLearning1796500000000,
  CreateContentGapIgnores1796510000000,
  AddLastRejectionToDrafts1796520000000,
  TrackCatalogueSource1796520000001,
  AddSettledSignal1796530000000,
  AddOneOpenFlagPerAgentIndex1796633106536,
  AddAnswerUsedToSearchEvents1796700000000,
  SearchWordsTrigramIndexWithoutPendingList1796710000000,
  DropUnusedFullTextColumns1796720000000,
];
