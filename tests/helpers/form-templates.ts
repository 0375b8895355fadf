// Template folders for the elements of issue 17's forms (src/model/README.md): each writes one form's new tags
// around the seed plan's view, so the tests see the markup, layout and both renderers without the forms' schemas.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPlan, repoRoot, type BuiltPlan } from './build-plan';

/** The agency's lines and the national title of the seed's view, as the built-in header partial writes them. */
const issuer = `{{#each agency.parentLines}}
@parent-agency {{this}}
{{/each}}
{{#each agency.nameLines}}
@agency {{this}}
{{/each}}`;
const nation = `@nation {{nation}}
@motto {{motto}}`;

/**
 * A decision (Mẫu 1.3) issuing a regulation attached to it, with chapters and articles (the seed's content under the
 * last, for pages), and an appendix after it.
 */
const decision = `${issuer}
@number Số: 125/QĐ-SGDĐT
${nation}
@place-date {{placeDate}}
@type-name QUYẾT ĐỊNH
@summary Ban hành Quy chế tổ chức Tuần lễ hưởng ứng học tập suốt đời
@authority-line GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO
@authority-line THÀNH PHỐ HỒ CHÍ MINH
@basis Căn cứ Quyết định số 281/QĐ-TTg ngày 20 tháng 02 năm 2014 của Thủ tướng Chính phủ;
@basis Theo đề nghị của Trưởng phòng Giáo dục thường xuyên.
@enacting QUYẾT ĐỊNH:
@body **Điều 1.** Ban hành kèm theo Quyết định này Quy chế tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020.
@body **Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
@body **Điều 3.** Chánh Văn phòng, Trưởng phòng Giáo dục thường xuyên và thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
@recipients-label Nơi nhận:
@recipient - Như Điều 3;
@recipient - Lưu: VT, GDTX.
@authority GIÁM ĐỐC
@signer-name Nguyễn Văn An
@attachment
${issuer}
${nation}
@type-name QUY CHẾ
@summary Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020
@title-reference (Kèm theo Quyết định số 125/QĐ-SGDĐT ngày 05 tháng 3 năm 2020
@title-reference của Giám đốc Sở Giáo dục và Đào tạo)
@chapter Chương I
@chapter-title QUY ĐỊNH CHUNG
@article Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
@body Quy chế này quy định việc tổ chức các hoạt động của Tuần lễ tại các cơ sở giáo dục thường xuyên trên địa bàn thành phố.
@article Điều 2. Nguyên tắc tổ chức
@body Các hoạt động được tổ chức thiết thực, tiết kiệm, phù hợp với điều kiện của từng địa phương và cơ sở giáo dục.
@chapter Chương II
@chapter-title TỔ CHỨC THỰC HIỆN
@article Điều 3. Trách nhiệm của các đơn vị
@body Phòng Giáo dục thường xuyên chủ trì, phối hợp với các đơn vị có liên quan hướng dẫn, kiểm tra việc thực hiện Quy chế này.
@article Điều 4. Nội dung hoạt động
{{#each body}}
@{{tag}} {{text}}
{{/each}}
@appendix
@appendix-label Phụ lục
@appendix-title DANH SÁCH ĐƠN VỊ THAM GIA
@appendix-reference (Kèm theo Quy chế ban hành theo Quyết định số 125/QĐ-SGDĐT
@appendix-reference ngày 05 tháng 3 năm 2020 của Giám đốc Sở Giáo dục và Đào tạo)
@body Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên quận, huyện.
`;

/** A Công văn (Mẫu 1.5): "V/v …" under the number, no title, several addressees. */
const letter = `${issuer}
@number Số: 312/SGDĐT-GDTX
@subject V/v triển khai Tuần lễ hưởng ứng
@subject học tập suốt đời năm 2020
${nation}
@place-date {{placeDate}}
@to-label Kính gửi:
@to - Phòng Giáo dục và Đào tạo các quận, huyện và thành phố Thủ Đức;
@to - Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên;
@to - Các trường trung học phổ thông.
@body Thực hiện Kế hoạch của Ủy ban nhân dân Thành phố, Sở Giáo dục và Đào tạo đề nghị các đơn vị triển khai Tuần lễ hưởng ứng học tập suốt đời năm 2020 theo hướng dẫn kèm theo./.
@recipients-label Nơi nhận:
@recipient - Như trên;
@recipient - Lưu: VT, GDTX.
@authority KT. GIÁM ĐỐC
@authority PHÓ GIÁM ĐỐC
@signer-name Trần Thị Bình
`;

/** A letter of introduction's forms: no place-date, a title without summary, one addressee, no Nơi nhận. */
const introduction = `${issuer}
@number Số: 45/GGT-SGDĐT
${nation}
@type-name GIẤY GIỚI THIỆU
@to-label Kính gửi:
@to Ủy ban nhân dân huyện Cần Giờ
@body Sở Giáo dục và Đào tạo trân trọng giới thiệu ông Lê Văn Cường, chuyên viên Phòng Giáo dục thường xuyên, được cử đến liên hệ công tác về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020.
@body Đề nghị Quý cơ quan tạo điều kiện để ông Lê Văn Cường hoàn thành nhiệm vụ./.
@authority KT. GIÁM ĐỐC
@authority PHÓ GIÁM ĐỐC
@signer-name Trần Thị Bình
`;

/** An agreement's closing: two parties signing side by side, no Nơi nhận. */
const agreement = `${issuer}
@number Số: 08/HĐ-SGDĐT
${nation}
@place-date {{placeDate}}
@type-name HỢP ĐỒNG
@summary Phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời
@article Điều 1. Nội dung phối hợp
@body Hai bên phối hợp tổ chức các hoạt động của Tuần lễ tại Thư viện Khoa học Tổng hợp Thành phố.
@article Điều 2. Hiệu lực của hợp đồng
@body Hợp đồng có hiệu lực kể từ ngày ký và được lập thành 04 bản, mỗi bên giữ 02 bản./.
@authority ĐẠI DIỆN BÊN B
@authority GIÁM ĐỐC
@signer-name Phạm Minh Đức
@left-authority ĐẠI DIỆN BÊN A
@left-authority GIÁM ĐỐC THƯ VIỆN
@left-signer-name Hoàng Thị Em
`;

export const formTemplates = { decision, letter, introduction, agreement };
export type FormName = keyof typeof formTemplates;

/** Builds the seed plan with a template folder whose main template is the form's (the built-in partials beside it). */
export async function buildForm(form: FormName): Promise<BuiltPlan> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `plan-form-${form}-`));
  fs.cpSync(path.join(repoRoot, 'templates'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'ke-hoach.hbs'), formTemplates[form]);
  return buildPlan(path.join(repoRoot, 'plans', '2020.yaml'), ['--template', dir]);
}
