import { describe, expect, it } from 'vitest';
import { directorySchema } from '../../../../shared/directory/person-schema';
import { builtinTemplate } from '../../../../shared/templates/builtin-templates';
import { generateArticleParts } from '../../../../shared/templates/engine';
import type { ArticleFieldsInput } from '../../../../shared/templates/fields-schema';

const template = (id: string) => {
  const t = builtinTemplate(id);
  if (!t) throw new Error(`no built-in template ${id}`);
  return t;
};

const thuy = { honorific: 'bà', name: 'Lê Thị Thủy', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] };
const lua = { honorific: 'bà', name: 'Đinh Thị Lụa', titles: ['Phó Bí thư Thường trực Tỉnh ủy'] };
const huy = { honorific: 'ông', name: 'Trương Quốc Huy', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh'] };

/** The reference article's fields, exactly as the request gives them. */
const reference: ArticleFieldsInput = {
  template: 'working-session',
  session: 'Chiều',
  date: '2022-05-28',
  place: '',
  host: 'Ban Thường vụ Tỉnh ủy',
  counterpart: 'Ban Thường vụ Thị ủy Duy Tiên',
  topic:
    'tình hình, kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, nhiệm kỳ 2020-2025',
  attendees: [
    thuy,
    lua,
    huy,
    { group: 'Ủy viên BTV Tỉnh ủy' },
    { group: 'lãnh đạo UBND tỉnh' },
    { group: 'đại diện lãnh đạo các sở, ngành' },
    { group: 'BTV Thị ủy Duy Tiên' },
  ],
  directive: thuy,
};

describe('the reference article (working session, afternoon)', () => {
  const parts = generateArticleParts(template('working-session'), reference);

  it('writes the title with body names in full', () => {
    expect(parts.title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Duy Tiên');
  });

  it('writes the sapô with the session, the news date and BTV defined at its first use', () => {
    expect(parts.sapo).toBe(
      'Chiều ngày 28/5/2022, Ban Thường vụ (BTV) Tỉnh ủy làm việc với BTV Thị ủy Duy Tiên về tình hình, kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ thị xã lần thứ XXIV, nhiệm kỳ 2020-2025.',
    );
  });

  it('writes the attendee paragraph with full title chains, groups, "; " and the closing full stop', () => {
    expect(parts.attendees).toBe(
      'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; bà Đinh Thị Lụa - Phó Bí thư Thường trực Tỉnh ủy; ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; Ủy viên BTV Tỉnh ủy; lãnh đạo UBND tỉnh; đại diện lãnh đạo các sở, ngành; BTV Thị ủy Duy Tiên.',
    );
  });

  it('opens the directive with the main post, not the membership, and leaves the caret after a space', () => {
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ');
  });

  it('suggests the two captions of the reference article', () => {
    expect(parts.captions).toEqual(['Các đại biểu dự hội nghị', 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị']);
  });

  it('files it under the leaders category with the two bodies as keywords', () => {
    expect(parts.category).toBe('Tin hoạt động của Lãnh đạo Tỉnh');
    expect(parts.keywords).toEqual(['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Thị ủy Duy Tiên']);
    expect(parts.issues).toEqual([]);
  });

  it('gives the same parts when the fields come as NFD text typed with Unikey’s combining mode', () => {
    const nfd = JSON.parse(JSON.stringify(reference).normalize('NFD')) as ArticleFieldsInput;
    const again = generateArticleParts(template('working-session'), nfd);
    expect(again.sapo).toBe(parts.sapo);
    expect(again.attendees).toBe(parts.attendees);
    expect(again.sapo).toBe(again.sapo.normalize('NFC'));
  });
});

describe('other working sessions', () => {
  it('a morning session with one attendee and a man presiding', () => {
    const parts = generateArticleParts(template('working-session'), {
      template: 'working-session',
      session: 'Sáng',
      date: '2023-04-12',
      host: 'Thường trực Tỉnh ủy',
      counterpart: 'Đảng ủy Khối các cơ quan tỉnh',
      topic: 'kết quả công tác xây dựng Đảng quý I năm 2023',
      attendees: [{ honorific: 'ông', name: 'Trần Xuân Dưỡng', titles: ['Phó Chủ tịch UBND tỉnh'] }],
      directive: huy,
    });
    expect(parts.title).toBe('Hội nghị Thường trực Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh');
    expect(parts.sapo).toBe(
      'Sáng ngày 12/4/2023, Thường trực Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh về kết quả công tác xây dựng Đảng quý I năm 2023.',
    );
    expect(parts.attendees).toBe('Dự hội nghị có ông Trần Xuân Dưỡng - Phó Chủ tịch UBND tỉnh.');
    // A deputy Party secretary who chairs the People's Committee is named by the chair.
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Chủ tịch UBND tỉnh Trương Quốc Huy ');
    expect(parts.captions).toEqual(['Các đại biểu dự hội nghị', 'Chủ tịch UBND tỉnh Trương Quốc Huy phát biểu chỉ đạo hội nghị']);
  });

  it('no session: the sapô begins "Ngày …"', () => {
    const parts = generateArticleParts(template('working-session'), {
      ...reference,
      session: '',
      date: '2023-11-02',
      host: 'Thường trực HĐND tỉnh',
      counterpart: 'Sở Tài chính',
      topic: 'dự toán ngân sách nhà nước năm 2024',
      attendees: [lua],
      directive: lua,
    });
    expect(parts.sapo).toBe('Ngày 2/11/2023, Thường trực HĐND tỉnh làm việc với Sở Tài chính về dự toán ngân sách nhà nước năm 2024.');
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Phó Bí thư Thường trực Tỉnh ủy Đinh Thị Lụa ');
  });

  it('a district-level counterpart shares no body name, so nothing is abbreviated', () => {
    const parts = generateArticleParts(template('working-session'), {
      ...reference,
      date: '2024-03-15',
      counterpart: 'Huyện ủy Kim Bảng',
      topic: 'tiến độ xây dựng huyện nông thôn mới nâng cao',
      attendees: [thuy, { group: 'Ủy viên BTV Tỉnh ủy' }, { group: 'lãnh đạo Huyện ủy, HĐND, UBND huyện Kim Bảng' }],
    });
    expect(parts.title).toBe('Hội nghị Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Kim Bảng');
    expect(parts.sapo).toBe('Chiều ngày 15/3/2024, Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Kim Bảng về tiến độ xây dựng huyện nông thôn mới nâng cao.');
    expect(parts.attendees).toBe(
      'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; Ủy viên BTV Tỉnh ủy; lãnh đạo Huyện ủy, HĐND, UBND huyện Kim Bảng.',
    );
  });

  it('Nghệ An: "Ủy ban nhân dân" recurs across the sapô and the attendees, and later parts use UBND', () => {
    const chair = { honorific: 'ông', name: 'Nguyễn Đức Trung', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch Ủy ban nhân dân tỉnh'] };
    const parts = generateArticleParts(template('working-session'), {
      template: 'working-session',
      session: 'chiều',
      date: '6/9/2023',
      place: 'thị xã Hoàng Mai',
      host: 'Ủy ban nhân dân tỉnh',
      counterpart: 'Ủy ban nhân dân thị xã Hoàng Mai',
      topic: 'tình hình phát triển kinh tế - xã hội 8 tháng đầu năm 2023.',
      attendees: [chair, { group: 'lãnh đạo các sở, ngành cấp tỉnh' }],
      directive: chair,
    });
    expect(parts.title).toBe('Hội nghị Ủy ban nhân dân tỉnh làm việc với Ủy ban nhân dân thị xã Hoàng Mai');
    expect(parts.sapo).toBe(
      'Chiều ngày 6/9/2023, tại thị xã Hoàng Mai, Ủy ban nhân dân (UBND) tỉnh làm việc với UBND thị xã Hoàng Mai về tình hình phát triển kinh tế - xã hội 8 tháng đầu năm 2023.',
    );
    expect(parts.attendees).toBe('Dự hội nghị có ông Nguyễn Đức Trung - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành cấp tỉnh.');
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Chủ tịch UBND tỉnh Nguyễn Đức Trung ');
    expect(parts.captions[1]).toBe('Chủ tịch UBND tỉnh Nguyễn Đức Trung phát biểu chỉ đạo hội nghị');
  });

  it('Lào Cai, people from the directory: its chain, its short form, new tone style kept as typed', () => {
    const directory = directorySchema.parse([
      {
        id: 'dang-xuan-phong',
        honorific: 'ông',
        name: 'Đặng Xuân Phong',
        titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh uỷ', 'Chủ tịch Hội đồng nhân dân tỉnh'],
        shortForm: 'Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh',
        unit: 'Tỉnh uỷ Lào Cai',
        rank: 1,
      },
      { id: 'giang-thi-dung', honorific: 'bà', name: 'Giàng Thị Dung', titles: ['Phó Chủ tịch Hội đồng nhân dân tỉnh'], unit: 'HĐND tỉnh', rank: 8 },
    ]);
    const parts = generateArticleParts(
      template('working-session'),
      {
        template: 'working-session',
        session: 'Sáng',
        date: '2024-07-19',
        host: 'Thường trực Tỉnh uỷ',
        counterpart: 'Ban Thường vụ Huyện uỷ Bát Xát',
        attendees: [{ person: 'dang-xuan-phong' }, { person: 'giang-thi-dung' }, { group: 'lãnh đạo các ban xây dựng Đảng' }],
        directive: { person: 'dang-xuan-phong' },
      },
      directory,
    );
    expect(parts.sapo).toBe('Sáng ngày 19/7/2024, Thường trực Tỉnh uỷ làm việc với Ban Thường vụ Huyện uỷ Bát Xát.');
    expect(parts.attendees).toBe(
      'Dự hội nghị có ông Đặng Xuân Phong - Ủy viên Trung ương Đảng - Bí thư Tỉnh uỷ - Chủ tịch Hội đồng nhân dân (HĐND) tỉnh; bà Giàng Thị Dung - Phó Chủ tịch HĐND tỉnh; lãnh đạo các ban xây dựng Đảng.',
    );
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh Đặng Xuân Phong ');
    expect(parts.issues).toEqual([]);
  });

  it('the officer may call it a "buổi làm việc" instead', () => {
    const parts = generateArticleParts(template('working-session'), { ...reference, noun: 'buổi làm việc' });
    expect(parts.attendees.startsWith('Dự buổi làm việc có bà Lê Thị Thủy')).toBe(true);
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo buổi làm việc, Bí thư Tỉnh ủy Lê Thị Thủy ');
    expect(parts.captions[0]).toBe('Các đại biểu dự buổi làm việc');
  });

  it('with no date at all, a place leads the sapô; with no attendees and no speaker, those parts are empty', () => {
    const parts = generateArticleParts(template('working-session'), {
      template: 'working-session',
      place: 'Trụ sở Thành ủy',
      host: 'Đoàn công tác của Ban Tổ chức Trung ương',
      counterpart: 'Ban Thường vụ Thành ủy Cần Thơ',
    });
    expect(parts.sapo).toBe('Tại Trụ sở Thành ủy, Đoàn công tác của Ban Tổ chức Trung ương làm việc với Ban Thường vụ Thành ủy Cần Thơ.');
    expect(parts.attendees).toBe('');
    expect(parts.directiveOpening).toBe('');
    expect(parts.captions).toEqual(['Các đại biểu dự hội nghị']);
  });
});

describe('an inspection', () => {
  it('Hà Nam: a vice-chair inspects a road project in a district', () => {
    const duong = { honorific: 'ông', name: 'Trần Xuân Dưỡng', titles: ['Tỉnh ủy viên', 'Phó Chủ tịch UBND tỉnh'] };
    const parts = generateArticleParts(template('inspection'), {
      template: 'inspection',
      session: 'Sáng',
      date: '2024-03-12',
      host: 'Phó Chủ tịch UBND tỉnh Trần Xuân Dưỡng',
      topic: 'tiến độ thi công dự án đường vành đai 5',
      counterpart: 'huyện Thanh Liêm',
      attendees: [{ group: 'lãnh đạo các Sở: Giao thông vận tải, Tài nguyên và Môi trường, Kế hoạch và Đầu tư' }, { group: 'UBND huyện Thanh Liêm' }],
      directive: duong,
    });
    expect(parts.title).toBe('Phó Chủ tịch UBND tỉnh Trần Xuân Dưỡng kiểm tra tiến độ thi công dự án đường vành đai 5 tại huyện Thanh Liêm');
    expect(parts.sapo).toBe(
      'Sáng ngày 12/3/2024, Phó Chủ tịch UBND tỉnh Trần Xuân Dưỡng đã kiểm tra tiến độ thi công dự án đường vành đai 5 tại huyện Thanh Liêm.',
    );
    expect(parts.attendees).toBe(
      'Cùng đi kiểm tra có lãnh đạo các Sở: Giao thông vận tải, Tài nguyên và Môi trường, Kế hoạch và Đầu tư; UBND huyện Thanh Liêm.',
    );
    expect(parts.directiveOpening).toBe('Kết luận buổi kiểm tra, Phó Chủ tịch UBND tỉnh Trần Xuân Dưỡng ');
    expect(parts.captions).toEqual([
      'Phó Chủ tịch UBND tỉnh Trần Xuân Dưỡng kiểm tra tiến độ thi công dự án đường vành đai 5',
      'Đoàn kiểm tra làm việc tại huyện Thanh Liêm',
    ]);
  });

  it('a delegation, no place: the optional "tại …" parts disappear', () => {
    const parts = generateArticleParts(template('inspection'), {
      template: 'inspection',
      date: '2023-10-20',
      host: 'đoàn công tác của Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Bình',
      topic: 'công tác chuẩn bị ứng phó với bão số 5',
    });
    expect(parts.title).toBe('Đoàn công tác của Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Bình kiểm tra công tác chuẩn bị ứng phó với bão số 5');
    expect(parts.sapo).toBe(
      'Ngày 20/10/2023, đoàn công tác của Ban Chỉ đạo phòng, chống thiên tai tỉnh Quảng Bình đã kiểm tra công tác chuẩn bị ứng phó với bão số 5.',
    );
    expect(parts.captions).toEqual([]);
  });
});

describe('a conference', () => {
  it('a year-end review: the kind field goes between the noun and the topic', () => {
    const parts = generateArticleParts(template('conference'), {
      template: 'conference',
      session: 'Sáng',
      date: '2024-01-05',
      place: 'Hội trường Tỉnh ủy',
      kind: 'tổng kết',
      topic: 'công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024',
      host: 'Ban Thường vụ Tỉnh ủy',
      attendees: [thuy, huy, { group: 'các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh' }],
      directive: thuy,
    });
    expect(parts.title).toBe('Hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024');
    expect(parts.sapo).toBe(
      'Sáng ngày 5/1/2024, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024.',
    );
    expect(parts.attendees).toBe(
      'Dự hội nghị có bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh; ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh.',
    );
    expect(parts.directiveOpening).toBe('Phát biểu chỉ đạo hội nghị, Bí thư Tỉnh ủy Lê Thị Thủy ');
    expect(parts.captions).toEqual(['Quang cảnh hội nghị', 'Bí thư Tỉnh ủy Lê Thị Thủy phát biểu chỉ đạo hội nghị']);
    expect(parts.keywords).toEqual(['tổng kết công tác xây dựng Đảng năm 2023', 'triển khai nhiệm vụ năm 2024', 'Ban Thường vụ Tỉnh ủy']);
  });

  it('a launch conference in Đồng Tháp, kind typed by the officer, no session', () => {
    const parts = generateArticleParts(template('conference'), {
      template: 'conference',
      date: '2022-08-09',
      kind: 'triển khai',
      topic: 'Nghị quyết số 13-NQ/TW của Bộ Chính trị về phát triển kinh tế - xã hội vùng đồng bằng sông Cửu Long',
      host: 'Tỉnh ủy Đồng Tháp',
      attendees: [{ honorific: 'ông', name: 'Lê Quốc Phong', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] }],
      directive: { honorific: 'ông', name: 'Lê Quốc Phong', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] },
    });
    expect(parts.title).toBe(
      'Hội nghị triển khai Nghị quyết số 13-NQ/TW của Bộ Chính trị về phát triển kinh tế - xã hội vùng đồng bằng sông Cửu Long',
    );
    expect(parts.sapo).toBe(
      'Ngày 9/8/2022, Tỉnh ủy Đồng Tháp tổ chức hội nghị triển khai Nghị quyết số 13-NQ/TW của Bộ Chính trị về phát triển kinh tế - xã hội vùng đồng bằng sông Cửu Long.',
    );
    expect(parts.attendees).toBe('Dự hội nghị có ông Lê Quốc Phong - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy.');
  });

  it('the kind may be left empty and written in the topic instead', () => {
    const parts = generateArticleParts(template('conference'), {
      template: 'conference',
      session: 'Chiều',
      date: '2023-07-14',
      topic: 'sơ kết 6 tháng đầu năm công tác dân vận',
      host: 'Ban Dân vận Tỉnh ủy Thái Bình',
    });
    expect(parts.title).toBe('Hội nghị sơ kết 6 tháng đầu năm công tác dân vận');
    expect(parts.sapo).toBe('Chiều ngày 14/7/2023, Ban Dân vận Tỉnh ủy Thái Bình tổ chức hội nghị sơ kết 6 tháng đầu năm công tác dân vận.');
  });
});

describe('a reception', () => {
  it('the Party secretary receives an ambassador', () => {
    const parts = generateArticleParts(template('reception'), {
      template: 'reception',
      session: 'Chiều',
      date: '2023-06-21',
      place: 'Trụ sở Tỉnh ủy',
      host: 'Bí thư Tỉnh ủy Lê Thị Thủy',
      counterpart: 'Đại sứ Nhật Bản tại Việt Nam Yamada Takio',
      topic: 'đến thăm và làm việc tại tỉnh',
      attendees: [huy, { group: 'lãnh đạo Sở Ngoại vụ, Sở Kế hoạch và Đầu tư' }],
      directive: thuy,
    });
    expect(parts.title).toBe('Bí thư Tỉnh ủy Lê Thị Thủy tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio');
    expect(parts.sapo).toBe(
      'Chiều ngày 21/6/2023, tại Trụ sở Tỉnh ủy, Bí thư Tỉnh ủy Lê Thị Thủy đã tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio đến thăm và làm việc tại tỉnh.',
    );
    expect(parts.attendees).toBe(
      'Tham dự buổi tiếp có ông Trương Quốc Huy - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh - Trưởng đoàn Đại biểu Quốc hội tỉnh; lãnh đạo Sở Ngoại vụ, Sở Kế hoạch và Đầu tư.',
    );
    expect(parts.directiveOpening).toBe('Phát biểu tại buổi tiếp, Bí thư Tỉnh ủy Lê Thị Thủy ');
    expect(parts.captions).toEqual(['Bí thư Tỉnh ủy Lê Thị Thủy tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio', 'Quang cảnh buổi tiếp']);
  });

  it('an evening reception of a ministry delegation in Quảng Ninh', () => {
    const parts = generateArticleParts(template('reception'), {
      template: 'reception',
      session: 'Tối',
      date: '2024-12-01',
      host: 'Chủ tịch UBND tỉnh Cao Tường Huy',
      counterpart: 'Đoàn công tác của Bộ Tài chính do Thứ trưởng Nguyễn Đức Chi làm trưởng đoàn',
    });
    expect(parts.sapo).toBe(
      'Tối ngày 1/12/2024, Chủ tịch UBND tỉnh Cao Tường Huy đã tiếp Đoàn công tác của Bộ Tài chính do Thứ trưởng Nguyễn Đức Chi làm trưởng đoàn.',
    );
    expect(parts.attendees).toBe('');
  });
});

describe('the blank template', () => {
  it('writes nothing but a body placeholder ending with the end mark', () => {
    const parts = generateArticleParts(template('blank'), { template: 'blank', date: '2024-01-01', host: 'Tỉnh ủy' });
    expect([parts.title, parts.sapo, parts.attendees, parts.directiveOpening]).toEqual(['', '', '', '']);
    expect(parts.captions).toEqual([]);
    expect(parts.skeleton).toEqual([{ kind: 'placeholder', text: 'Nội dung bài viết…', end: './.' }]);
  });
});
