/** Vietnamese formatting for documents, custom functions and the UI (pure, no platform APIs). */
export * from './money';
export * from './number-words';
export * from './dates';
export * from './text';
export * from './collation';
export * from './names';
