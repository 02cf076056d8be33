import type { Bilingual } from '../engine/types.js';
import type { CategoryId } from './types.js';

/** FORMAT.md's categories with the labels a person reads, in the order the format lists them. */
export const CATEGORIES: ReadonlyArray<{ id: CategoryId; label: Bilingual }> = Object.freeze([
  { id: 'social-security', label: { fa: 'تعهدات و همکاری با تأمین اجتماعی', en: 'Social security obligations and cooperation' } },
  { id: 'process-standardization', label: { fa: 'استانداردسازی فرآیندهای شهری', en: 'Standardizing municipal processes' } },
  { id: 'finance-revenue', label: { fa: 'درآمد پایدار و امور مالی', en: 'Sustainable revenue and finance' } },
  { id: 'urban-development', label: { fa: 'عمران و توسعه شهری', en: 'Urban construction and development' } },
  { id: 'urban-services', label: { fa: 'خدمات شهری', en: 'Urban services' } },
  { id: 'transport', label: { fa: 'حمل‌ونقل و ترافیک', en: 'Transport and traffic' } },
  { id: 'environment', label: { fa: 'محیط زیست', en: 'Environment' } },
  { id: 'human-resources', label: { fa: 'منابع انسانی', en: 'Human resources' } },
  { id: 'legal', label: { fa: 'امور حقوقی و قضایی', en: 'Legal and judicial affairs' } },
  { id: 'other', label: { fa: 'سایر', en: 'Other' } },
] as const);

export function categoryLabel(id: string): Bilingual | undefined {
  return CATEGORIES.find((c) => c.id === id)?.label;
}

export const KIND_LABELS: Readonly<Record<'directive' | 'circular', Bilingual>> = Object.freeze({
  directive: { fa: 'دستورالعمل', en: 'directive' },
  circular: { fa: 'پیش‌نویس بخشنامه', en: 'draft circular' },
});
