// What a template folder of one's own leaves out of a form: a header partial written before the công văn had its
// "V/v …" (ô 5b) drops it, and the document builds without it; said as a warning at the partial that should write it.
import { diagnostic, type Diagnostic } from '../errors';
import { say } from '../i18n/language';
import type { DocumentModel } from '../model/document-model';
import type { FormView } from '../view/forms/form-view';
import type { TemplateSource } from './render-template';

/** The view's parts a form prints and the tag that prints each; a part the model lacks was left out by the template. */
export function unprintedParts(view: Pick<FormView, 'subjectLines' | 'addressees'>, model: DocumentModel, template: TemplateSource): Diagnostic[] {
  const blocks = model.sections.find((section) => section.kind === 'main')?.blocks ?? [];
  const header = blocks.find((block) => block.type === 'header');
  const missing: Array<{ tag: string; partial: string; vi: string; en: string }> = [];
  if (view.subjectLines.length > 0 && !(header?.type === 'header' && header.subject?.length))
    missing.push({ tag: 'subject', partial: 'header', vi: 'trích yếu "V/v …" của công văn', en: 'the công văn\'s "V/v …" summary' });
  if (view.addressees && !blocks.some((block) => block.type === 'addressees'))
    missing.push({ tag: 'to-label', partial: 'addressees', vi: 'dòng "Kính gửi:"', en: 'the "Kính gửi:" line' });
  return missing.map(({ tag, partial, vi, en }) =>
    diagnostic(
      { file: template.partialFiles?.[partial] ?? template.file },
      'warning',
      say(`mẫu không in ${vi}: không có thẻ "@${tag}"`, `the template does not print ${en}: it has no "@${tag}"`),
      say(
        `mẫu này có lẽ viết trước khi có loại văn bản này; chép partials/${partial}.hbs mới từ mẫu có sẵn của plan, hoặc thêm thẻ "@${tag}" như trong đó`,
        `this template was probably written before this document type; copy the new partials/${partial}.hbs from plan's built-in templates, or add "@${tag}" as it does`,
      ),
    ),
  );
}
