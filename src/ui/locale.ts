// The add-on speaks Vietnamese unless the user's Google locale is English.

export type Locale = 'vi' | 'en';

export function localeFromTag(tag: string | undefined | null): Locale {
  return /^en\b/i.test(tag ?? '') ? 'en' : 'vi';
}
