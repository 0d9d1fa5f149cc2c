/** Size limits shared by the API's validation and the editor's inputs. */
export const ArticleLimits = {
  titleMax: 200,
  keywordMax: 80,
  keywordsMax: 50,
  shortAnswerMax: 1000,
  textFieldMax: 10_000,
  linksMax: 30,
  linkLabelMax: 200,
  urlMax: 2000,
  documentsMax: 40,
  documentNoteMax: 500,
  contactNoteMax: 500,
  bodyMaxChars: 100_000,
  bodyMaxNodes: 5_000,
  bodyMaxDepth: 20,
  changeNoteMax: 500,
  commentMax: 2000,
  leikaKeyPattern: /^\d{14}$/,
  /** What a draft may hold in the LeiKa field while the author types (the pattern is checked at submit). */
  leikaKeyInputMax: 40,
  // Only web, mail and phone links: never javascript: or data: URLs.
  linkUrlPattern: /^(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+|tel:[+0-9 ()/-]+)$/i,
} as const;

/** Size limits for departments, documents and users. */
export const CatalogueLimits = {
  nameMax: 200,
  codeMax: 20,
  codePattern: /^[A-Z0-9][A-Z0-9-]{0,19}$/,
  descriptionMax: 2000,
  phoneMax: 50,
  emailMax: 254,
  roomMax: 100,
  addressMax: 300,
  loginMax: 64,
  loginPattern: /^[a-z0-9._-]{2,64}$/,
  displayNameMax: 120,
  passwordMin: 10,
  passwordMax: 200,
  reviewIntervalMinDays: 7,
  reviewIntervalMaxDays: 1095,
  synonymTermMax: 80,
  synonymsMax: 20,
} as const;

/** Search limits. */
export const SearchLimits = {
  queryMax: 200,
  limitMax: 50,
  limitDefault: 10,
} as const;
