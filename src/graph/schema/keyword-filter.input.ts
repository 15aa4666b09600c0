import { Field, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { KeywordSeverity } from './guardian.enum';
import { checkEach, checkNotBlank } from './input-rules';

@InputType({ description: 'A category of system keywords and its words.' })
export class SystemKeywordCategoryInput {
  @Field({ description: 'The category name, e.g. Profanity or Violence.' })
  category!: string;

  @Field(() => [String], { description: 'The words to filter in this category.' })
  keywords!: string[];
}

@InputType({ description: 'The severity of one term.' })
export class KeywordSeverityEntryInput {
  @Field({ description: 'The term.' })
  term!: string;

  @Field(() => KeywordSeverity, { description: 'Its severity.' })
  severity!: KeywordSeverity;
}

@InputType({ description: 'The words a filter listens for; sent to Telegent as its KeywordFilter document. Empty lists everywhere means no keywords.' })
export class KeywordFilterInput {
  @Field(() => [String], { defaultValue: [], description: 'Keywords of your own.' })
  customKeywords!: string[];

  @Field(() => [SystemKeywordCategoryInput], { defaultValue: [], description: 'System keyword categories, each named once.' })
  systemKeywords!: SystemKeywordCategoryInput[];

  @Field(() => [KeywordSeverityEntryInput], { defaultValue: [], description: 'Severity per term, each term named once.' })
  severities!: KeywordSeverityEntryInput[];
}

/** Telegent keeps categories and severities as JSON maps, so a repeated name would be lost: it is refused. */
export function checkKeywordFilter(keywords: KeywordFilterInput | null | undefined, field: string): void {
  if (!keywords) return;
  checkEach(keywords.customKeywords, `${field}.customKeywords`, checkNotBlank);
  checkEach(keywords.systemKeywords, `${field}.systemKeywords`, (category, at) => {
    checkNotBlank(category.category, `${at}.category`);
    checkEach(category.keywords, `${at}.keywords`, checkNotBlank);
  });
  checkUniqueNames(keywords.systemKeywords.map((c) => c.category), `${field}.systemKeywords`, 'category');
  checkEach(keywords.severities, `${field}.severities`, (entry, at) => checkNotBlank(entry.term, `${at}.term`));
  checkUniqueNames(keywords.severities.map((s) => s.term), `${field}.severities`, 'term');
}

function checkUniqueNames(names: readonly string[], field: string, key: string): void {
  names.forEach((name, index) => {
    const first = names.indexOf(name);
    if (first !== index) throw badUserInput(`${field}[${index}].${key} '${name}' repeats ${field}[${first}].${key}.`, `${field}[${index}].${key}`);
  });
}
