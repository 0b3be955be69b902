// Text analysis for social posts in French, English, German and Spanish: pure functions, no I/O.
export { detectLanguage, type TextLang } from './language.js';
export { isQuestion } from './questions.js';
export { isComplaint } from './complaints.js';
export { readPost, readPostIn, type PostReading } from './reading.js';
export { asksForOpinion, isRecognition } from './listening.js';
export { valueKind, carriesValue, type ValueKind } from './value.js';
export { siteVocabulary, topicRelevance, isOnTopic } from './topics.js';
export { normalizeForCompare } from './normalize.js';
