/**
 * Generates the committed test fixtures (run `npx tsx scripts/make-fixtures.ts`):
 * - tests/fixtures/photos/ok.jpg: 295×413 px baseline RGB JPEG, blue background (passes every
 *   photo rule of the seed: jpg, 24-bit RGB, ≤ 500 KB, ≥ 295 × 413 px);
 * - cmyk.jpg (4 components), grey.jpg (1 component), png-renamed.jpg (a PNG named .jpg),
 *   too-small.jpg (200×280 px), too-large.jpg (a valid RGB JPEG of more than 512000 bytes);
 * - tests/fixtures/sample-profile.json: a fictional applicant (李明远) in zc-profile v1
 *   (spec/profile-format.md) whose ID number and credit code carry correct check characters.
 * jpeg-js encodes the RGB files; ImageMagick's `convert` makes the CMYK, grey and PNG ones.
 * Throws (exits non-zero) when a generated file does not have the property it exists for.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { profileSchema } from '../lib/profile/schema';
import { readJpegFrame } from '../tests/portal/photo-rules';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const photos = join(root, 'tests/fixtures/photos');
mkdirSync(photos, { recursive: true });

type Rgb = [number, number, number];

/**
 * Draws an ID-photo-like picture: blue background, head and shoulders.
 * @param noise 0 = flat colours; > 0 adds per-pixel noise of that amplitude (makes large files).
 * @returns RGBA pixels, row-major.
 */
function portrait(width: number, height: number, noise: number, seed = 1): Buffer {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const data = Buffer.alloc(width * height * 4);
  const background: Rgb = [61, 133, 214];
  const skin: Rgb = [236, 200, 172];
  const hair: Rgb = [30, 26, 24];
  const suit: Rgb = [38, 42, 56];
  const shirt: Rgb = [246, 246, 246];
  const cx = width / 2;
  const headY = height * 0.4;
  const headRx = width * 0.2;
  const headRy = height * 0.17;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let colour: Rgb = background;
      const dx = (x - cx) / headRx;
      const dy = (y - headY) / headRy;
      const inHead = dx * dx + dy * dy <= 1;
      const inHair = (dx * dx + ((y - (headY - headRy * 0.25)) / (headRy * 0.95)) ** 2 <= 1) && y < headY - headRy * 0.35;
      const shoulderTop = height * 0.7 + Math.abs(x - cx) * 0.35;
      if (y >= shoulderTop) colour = Math.abs(x - cx) < width * 0.06 + (y - height * 0.7) * 0.15 && y < height * 0.9 ? shirt : suit;
      else if (y > headY + headRy * 0.7 && y < height * 0.75 && Math.abs(x - cx) < width * 0.08) colour = skin; // neck
      if (inHead) colour = skin;
      if (inHair) colour = hair;
      const i = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        const jitter = noise ? (random() - 0.5) * 2 * noise : 0;
        data[i + c] = Math.max(0, Math.min(255, Math.round(colour[c]! + jitter)));
      }
      data[i + 3] = 255;
    }
  }
  return data;
}

function writeJpeg(file: string, width: number, height: number, noise: number, quality: number): Buffer {
  const encoded = jpeg.encode({ data: portrait(width, height, noise), width, height }, quality).data;
  writeFileSync(join(photos, file), encoded);
  return encoded;
}

function convert(args: string[]): void {
  execFileSync('convert', args, { stdio: 'inherit' });
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`fixture check failed: ${message}`);
}

// — photos —
const ok = writeJpeg('ok.jpg', 295, 413, 3, 85);
const okFrame = readJpegFrame(ok);
expect(okFrame?.components === 3 && okFrame.width === 295 && okFrame.height === 413 && ok.length < 100_000, 'ok.jpg is 295×413 RGB < 100 KB');

writeJpeg('too-small.jpg', 200, 280, 3, 85);
expect(readJpegFrame(readFileSync(join(photos, 'too-small.jpg')))?.width === 200, 'too-small.jpg is 200 px wide');

// Heavy noise at high quality makes a big but valid RGB JPEG; 500×700 lands just over 500 KB.
const large = writeJpeg('too-large.jpg', 500, 700, 90, 92);
expect(large.length > 512_000 && large.length < 900_000, `too-large.jpg is just over 512000 bytes (got ${large.length})`);

convert([join(photos, 'ok.jpg'), '-colorspace', 'CMYK', join(photos, 'cmyk.jpg')]);
expect(readJpegFrame(readFileSync(join(photos, 'cmyk.jpg')))?.components === 4, 'cmyk.jpg has 4 components');

convert([join(photos, 'ok.jpg'), '-colorspace', 'Gray', '-type', 'Grayscale', join(photos, 'grey.jpg')]);
expect(readJpegFrame(readFileSync(join(photos, 'grey.jpg')))?.components === 1, 'grey.jpg has 1 component');

convert([join(photos, 'ok.jpg'), `png:${join(photos, 'png-renamed.jpg')}`]);
expect(readFileSync(join(photos, 'png-renamed.jpg')).subarray(1, 4).toString('latin1') === 'PNG', 'png-renamed.jpg is a PNG');

// — sample profile —
/** GB 11643-1999 check character of a 17-digit body. */
function idCheck(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return '10X98765432'[weights.reduce((sum, w, i) => sum + w * Number(body[i]), 0) % 11]!;
}
/** GB 32100-2015 check character of a 17-character body. */
function creditCheck(body: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const sum = [...body].reduce((acc, ch, i) => acc + alphabet.indexOf(ch) * (3 ** i % 31), 0);
  return alphabet[(31 - (sum % 31)) % 31]!;
}

// 440106 = 广州市天河区; born 1998-05-12; sequence 031 (odd last digit = male).
const idBody = '44010619980512031';
const creditBody = '91440101MA5CKKK17';
const employer = '广州绿源环境监测技术有限公司';

const profile = {
  format: 'zc-profile',
  version: 1,
  exportedAt: '2024-11-30T08:00:00Z',
  profile: {
    label: '李明远 · 初级 助理工程师（样例）',
    application: {
      track: '初次职称考核认定',
      level: '初级',
      unitSupervisorType: '非公有制经济组织',
      qualificationType: '工程技术人员',
      qualificationName: '助理工程师',
      committee: '广州市工程系列生态环境专业初级职称评审委员会',
      specialty: '生态环境监测',
    },
    basic: {
      name: '李明远',
      gender: '男',
      birthDate: '1998-05-12',
      idNumber: idBody + idCheck(idBody),
      ethnicity: '汉族',
      politicalStatus: '中共党员',
      workStartDate: '2020-07-01',
      employer,
      employerCreditCode: creditBody + creditCheck(creditBody),
      currentPost: '环境监测技术员',
      phone: '020-38765432',
      mobile: '13926001234',
      email: 'limingyuan@example.com',
      address: '广州市天河区科韵路16号广州信息港A栋801',
      postcode: '510665',
      highestEducation: '大学本科',
      highestDegree: '学士',
    },
    qualificationHistory: [
      {
        seq: 1,
        name: '技术员',
        series: '工程系列',
        specialty: '环境工程',
        obtainedDate: '2021-12-30',
        certificateNo: 'GZ2021-HJ-0457',
        approvedBy: '广州市人力资源和社会保障局',
      },
    ],
    education: [
      {
        seq: 1,
        startDate: '2016-09-01',
        endDate: '2020-06-30',
        school: '华南理工大学',
        major: '环境工程',
        educationLevel: '大学本科',
        degree: '学士',
        studyMode: '全日制',
        certificateNo: '105611202005002468',
      },
      {
        seq: 2,
        startDate: '2013-09-01',
        endDate: '2016-06-30',
        school: '广东环境保护工程职业学院',
        major: '环境监测与治理技术',
        educationLevel: '大学专科',
        degree: '无',
        studyMode: '全日制',
        certificateNo: '128482201606001357',
      },
    ],
    workHistory: [
      {
        seq: 1,
        startDate: '2020-07-01',
        endDate: null,
        employer,
        post: '环境监测技术员',
        duties: '负责地表水、环境空气和噪声的现场采样与实验室分析，编制监测报告，参与质量控制。',
        socialInsurancePaid: true,
        noSocialInsuranceReason: '',
      },
    ],
    awards: '无。',
    workSummary:
      '本人2020年7月毕业于华南理工大学环境工程专业，同年进入广州绿源环境监测技术有限公司从事环境监测工作。四年来主要承担地表水、环境空气和厂界噪声的现场采样与实验室分析，熟练掌握水质常规五参数、化学需氧量、氨氮、总磷等项目的国家标准分析方法，能独立完成采样方案编制、质量控制和监测报告编写。先后参与白云区流溪河支流水质例行监测、番禺区工业园区大气特征污染物监测等项目，负责数据审核与异常值复核，所编报告均一次通过甲方验收。工作中注重学习新标准新方法，参与修订公司实验室作业指导书4份。今后将继续提高专业技术水平，为改善区域生态环境质量做出贡献。',
    achievements: [
      {
        seq: 1,
        startDate: '2021-03-01',
        endDate: '2022-12-31',
        title: '白云区流溪河支流水质例行监测项目',
        role: '主要完成人',
        content: '负责12个断面每月一次的采样与化学需氧量、氨氮、总磷分析，整理监测数据并编写季度报告。',
        result: '完成监测报告8份，全部通过验收；发现2处超标断面并及时上报。',
      },
      {
        seq: 2,
        startDate: '2023-04-01',
        endDate: '2024-06-30',
        title: '番禺区工业园区大气特征污染物监测项目',
        role: '参与人',
        content: '参与挥发性有机物采样方案设计与现场采样，负责质控样品管理。',
        result: '形成园区特征污染物清单1份，为园区整治方案提供数据支撑。',
      },
    ],
    publications: [
      {
        seq: 1,
        kind: '论文',
        title: '城市河道氨氮连续监测数据的质量控制方法探讨',
        venue: '广州环境科学',
        issn: '1005-1465',
        cn: '44-1126/X',
        publishedDate: '2023-09-15',
        authorRank: 1,
      },
    ],
    annualReviews: [
      { year: 2021, result: '合格' },
      { year: 2022, result: '合格' },
      { year: 2023, result: '优秀' },
      { year: 2024, result: '合格' },
    ],
    attachments: [
      { name: '在岗在职证明材料', note: '广州市社保缴费明细 2020-07 至 2024-10' },
      { name: '学历（学位）证书', note: '本科毕业证书、学士学位证书' },
      { name: '学信网学籍验证报告', note: '' },
      { name: '年度考核表', note: '2021–2024 年度' },
    ],
    photo: { fileName: 'ok.jpg', dataUrl: `data:image/jpeg;base64,${ok.toString('base64')}` },
  },
};
profileSchema.parse(profile.profile);
writeFileSync(join(root, 'tests/fixtures/sample-profile.json'), `${JSON.stringify(profile, null, 2)}\n`);

for (const f of ['ok.jpg', 'cmyk.jpg', 'grey.jpg', 'png-renamed.jpg', 'too-small.jpg', 'too-large.jpg']) {
  console.log(`${f}: ${statSync(join(photos, f)).size} bytes`);
}
console.log('tests/fixtures/sample-profile.json written');
