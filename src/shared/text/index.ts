export {
  normalizeText,
  normalizeMultiline,
  findSuspectCharacters,
  applySuspectFixes,
  type SuspectCharacter,
  type SuspectReason
} from './normalize'
export {
  splitVietnameseName,
  familyName,
  isNameSplitConsistent,
  type NameSplit,
  type NameSplitOverride
} from './name-split'
export {
  lazyCollator,
  vietnameseCollator,
  compareVietnamese,
  compareVietnameseNatural,
  compareVietnameseNames,
  compareNameSortKeys,
  nameSortKey,
  sortByVietnameseName,
  type NameInput,
  type NameSortKey
} from './collation'
export { vietnameseCollationSelfTest, type CollationSelfTestResult } from './collation-self-test'
export {
  canonicalToneSyllable,
  canonicalTonePlacement,
  decomposeSyllable,
  type DecomposedSyllable,
  type VietnameseTone
} from './tone'
export { searchKey, searchTerms, matchesSearch } from './search'
export { duplicateKey, isProbableDuplicate } from './duplicate'
export { toUpperVietnamese } from './case'
