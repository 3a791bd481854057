import { z } from 'zod';

/**
 * Code tables of the practice portal: every `<select>`, radio list and "..." chooser draws its
 * options from here. Values are the codes the portal posts (WebForms `ListItem.Value`); texts are
 * the visible Chinese names (padding is added when rendered, see render.ts). The names follow the
 * vocabularies of spec/profile-format.md and the seed; codes are invented but stable.
 */
const optionSchema = z.object({ value: z.string().min(1), text: z.string().min(1) });
export type Option = z.infer<typeof optionSchema>;

const tableSchema = z.array(optionSchema).min(1);

function table(pairs: readonly (readonly [string, string])[]): Option[] {
  return tableSchema.parse(pairs.map(([value, text]) => ({ value, text })));
}

export const GENDER = table([
  ['1', '男'],
  ['2', '女'],
]);

/** 民族 (GB 3304 codes, first groups and 其他). */
export const ETHNICITY = table([
  ['01', '汉族'], ['02', '蒙古族'], ['03', '回族'], ['04', '藏族'], ['05', '维吾尔族'],
  ['06', '苗族'], ['07', '彝族'], ['08', '壮族'], ['09', '布依族'], ['10', '朝鲜族'],
  ['11', '满族'], ['12', '侗族'], ['13', '瑶族'], ['14', '白族'], ['15', '土家族'],
  ['16', '哈尼族'], ['17', '哈萨克族'], ['18', '傣族'], ['19', '黎族'], ['97', '其他'],
]);

/** 政治面貌 (GB/T 4762 codes). */
export const POLITICAL_STATUS = table([
  ['01', '中共党员'], ['02', '中共预备党员'], ['03', '共青团员'], ['04', '民革党员'],
  ['05', '民盟盟员'], ['06', '民建会员'], ['07', '民进会员'], ['08', '农工党党员'],
  ['09', '致公党党员'], ['10', '九三学社社员'], ['11', '台盟盟员'], ['12', '无党派人士'],
  ['13', '群众'],
]);

/** 学历, highest first (spec/profile-format.md educationLevel). */
export const EDUCATION_LEVEL = table([
  ['11', '博士研究生'], ['14', '硕士研究生'], ['18', '研究生班'], ['19', '双学士'],
  ['21', '大学本科'], ['31', '大学专科'], ['32', '预备技师班'], ['33', '高级技工班'],
  ['41', '中专'], ['42', '中级技工班'], ['43', '技工院校'],
]);

export const DEGREE = table([
  ['1', '博士'],
  ['2', '硕士'],
  ['3', '学士'],
  ['9', '无'],
]);

export const STUDY_MODE = table([
  ['1', '全日制'],
  ['2', '非全日制'],
]);

export const REVIEW_RESULT = table([
  ['1', '优秀'], ['2', '合格'], ['3', '称职'], ['4', '基本称职'], ['5', '不称职'],
]);

/** 年度 for 年度考核结果: 2010 … 2025. */
export const REVIEW_YEAR = table(
  Array.from({ length: 16 }, (_, i) => {
    const year = String(2025 - i);
    return [year, year] as const;
  }),
);

export const YES_NO = table([
  ['1', '是'],
  ['0', '否'],
]);

/** 单位主管类型: the seed says "从三个选项中选一个". */
export const UNIT_SUPERVISOR_TYPE = table([
  ['1', '中央、省属驻穗单位'],
  ['2', '市、区属单位'],
  ['3', '非公有制经济组织'],
]);

/** 认定资格类型: 工程技术人员 is the one this product serves (seed step 2). */
export const QUALIFICATION_TYPE = table([
  ['01', '工程技术人员'], ['02', '农业技术人员'], ['03', '卫生技术人员'],
  ['04', '会计人员'], ['05', '经济专业人员'],
]);

/** 认定资格名称 per level (seed 3(2): 初级 → 技术员 / 助理工程师, 中级 → 工程师). */
export const QUALIFICATION_NAME_BY_LEVEL: Record<'初级' | '中级', Option[]> = {
  初级: table([
    ['0301', '技术员'],
    ['0302', '助理工程师'],
  ]),
  中级: table([['0401', '工程师']]),
};

/** 申报评委会: the two ecology committees of the seed plus two unrelated ones. */
export const COMMITTEE = table([
  ['440103101', '广州市工程系列生态环境专业初级职称评审委员会'],
  ['440103102', '广州市工程系列生态环境专业中级职称评审委员会'],
  ['440101102', '广州市工程系列电子信息专业中级职称评审委员会'],
  ['440102101', '广州市工程系列建筑专业初级职称评审委员会'],
]);

/** 认定专业 per 申报评委会 code (the cascade on the 基本信息 page). */
export const SPECIALTY_BY_COMMITTEE: Record<string, Option[]> = (() => {
  const ecology = table([
    ['0801', '生态环境工程'],
    ['0802', '生态环境管理与咨询'],
    ['0803', '生态环境监测'],
  ]);
  return {
    '440103101': ecology,
    '440103102': ecology,
    '440101102': table([
      ['0501', '通信工程'],
      ['0502', '电子工程'],
      ['0503', '计算机应用'],
    ]),
    '440102101': table([
      ['0201', '建筑设计'],
      ['0202', '建筑施工'],
    ]),
  };
})();

/** Every 认定专业 of every committee (what event validation accepts for the cascaded select). */
export const ALL_SPECIALTIES: Option[] = Object.values(SPECIALTY_BY_COMMITTEE).flat();

/** 申报（评审）专业组: the "..." chooser on 基本信息 (the seed says leave it empty). */
export const REVIEW_GROUP = table([
  ['G01', '生态环境工程专业组'],
  ['G02', '生态环境监测专业组'],
  ['G03', '生态环境管理与咨询专业组'],
]);

/** 系列: the "..." chooser on 专业技术资格历史情况. */
export const SERIES = table([
  ['01', '工程系列'], ['02', '农业系列'], ['03', '卫生系列'], ['04', '经济系列'],
  ['05', '会计系列'], ['06', '中小学教师系列'],
]);

export const ROLE = table([
  ['1', '主持人'],
  ['2', '主要完成人'],
  ['3', '参与人'],
]);

export const PUBLICATION_KIND = table([
  ['1', '论文'], ['2', '著作'], ['3', '译注'], ['4', '学术会议宣读的论文'],
  ['5', '专项技术分析报告'], ['6', '实例材料'],
]);

/**
 * 选择上传附件名称 per step (seed 3(3), 3(4), 3(7)–3(10)). Step 10's list carries the
 * mandatory 在岗在职证明材料.
 */
export const ATTACHMENT_NAMES_BY_STEP: Record<string, Option[]> = {
  'qualification-history': table([['11', '专业技术资格证书']]),
  education: table([
    ['21', '学历（学位）证书'],
    ['22', '学信网学籍验证报告'],
    ['23', '学历证书电子注册备案表'],
  ]),
  achievements: table([['31', '业绩成果佐证材料']]),
  publications: table([
    ['41', '论文（封面页、目录页、正文页）'],
    ['42', '论文检索页面截图'],
    ['43', '刊物合法性查询截图'],
    ['44', '专项技术分析报告、实例材料'],
  ]),
  'annual-review': table([
    ['51', '年度考核表'],
    ['52', '聘任期满考核表'],
  ]),
  certificates: table([
    ['01', '在岗在职证明材料'],
    ['02', '身份证明材料'],
    ['03', '继续教育证明材料'],
    ['09', '其他证书、证明材料'],
  ]),
};

/** The chooser tables reachable through /vsgzhr/Common/SelectDM.aspx?lx=… */
export const CHOOSER_TABLES: Record<string, { title: string; options: Option[] }> = {
  ZYZ: { title: '选择申报（评审）专业组', options: REVIEW_GROUP },
  XL: { title: '选择系列', options: SERIES },
};

/** The text of `value` in `options`, or "" when absent. */
export function textOf(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.text ?? '';
}
