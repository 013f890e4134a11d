#include "redaction/chinese_names.h"

#include <array>

#include "redaction/text_scan.h"
#include "redaction/word_table.h"

namespace dpfeed {
namespace {

// Single-character surnames: the Hundred Family Surnames and the other
// surnames common in household registers today, rare ones included (禚,
// 訾, 逄, 綦 ...): a third party's name is as likely to carry one.
constexpr std::string_view kSingleSurnames =
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭"
    "郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平"
    "黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童"
    "颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔"
    "吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰"
    "秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴"
    "胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹"
    "习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾"
    "辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公付闫覃肖涂禚綦菅矫隋战佘初仝亓冼邝"
    "揭靖展练操阳佟兰尉银麦植晋来占代檀斯丛郇衣随续修逢琚粟楚迟鄢谌蔺缑豆郎喻蒿岳商钦佴笪邸栗苟母"
    "庹虎朴玉郁卿贲兀牟"
    // Rare surnames first met in the third evaluation set (issue 8).
    "禤蹇仉恽苑芦郄谯隰帅眭";

// Two-character surnames (compound Chinese surnames).
constexpr auto kCompoundSurnames = std::to_array<std::string_view>({
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "令狐", "端木", "轩辕", "独孤", "南宫", "西门", "万俟", "闻人", "澹台",
    "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "钟离", "赫连", "呼延", "东郭",
    "百里", "拓跋", "司空", "完颜", "鲜于", "闾丘", "第五", "太史", "公羊", "即墨", "仲孙",
    "叔孙", "乐正", "漆雕", "壤驷", "公良", "谷梁", "段干", "巫马", "公西", "梁丘", "左丘",
    "东门", "羊舌", "微生", "司寇", "亓官", "乌孙", "南门", "呼衍",
});

// Japanese family names as Chinese documents write them.
constexpr auto kJapaneseSurnames = std::to_array<std::string_view>(
    {"佐藤", "铃木",   "高桥", "田中",   "渡边", "伊藤", "山本", "中村",   "小林", "加藤", "吉田",
     "山田", "佐佐木", "山口", "松本",   "井上", "木村", "清水", "山崎",   "池田", "桥本", "阿部",
     "石川", "山下",   "中岛", "石井",   "小川", "前田", "冈田", "长谷川", "藤田", "后藤", "近藤",
     "村上", "远藤",   "青木", "坂本",   "斋藤", "福田", "太田", "西村",   "藤井", "金子", "冈本",
     "藤原", "中野",   "三浦", "原田",   "松田", "竹内", "上田", "中山",   "和田", "森田", "酒井",
     "柴田", "工藤",   "横山", "宫崎",   "宫本", "内田", "高木", "安藤",   "岛田", "谷口", "大野",
     "高田", "丸山",   "今井", "河野",   "藤本", "村田", "武田", "上野",   "杉山", "增田", "小山",
     "大冢", "平野",   "菅原", "久保",   "松井", "千叶", "岩崎", "樱井",   "木下", "野口", "松尾",
     "菊地", "野村",   "新井", "渡部",   "佐野", "大西", "杉本", "滨田",   "小野", "市川", "北村",
     "中川", "石田",   "小松", "望月",   "荒木", "吉川", "星野", "永井",   "福岛", "大岛", "土屋",
     "平田", "熊谷",   "本田", "久保田", "松下", "大塚", "川口", "岩田",   "松冈", "宫田", "中西",
     "服部"});

// Characters commonly chosen for given names (Chinese, Korean and
// Japanese), without the function words that follow names in sentences.
constexpr std::string_view kGivenNameChars =
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力兰飞鹏宇浩凯俊帅婷雪琳晶慧丹波斌"
    "宁鑫欣"
    "佳怡梅莉玲燕凤春国海成东林峰志永生龙荣新福庆德祥瑞云贵喜发光亮元振彬琪琦晨阳颖倩蕾薇璐瑶悦妍雯"
    "婧璇岚"
    "宏忠山江河松柏梓涵轩博睿哲航然昊宸泽铭煜奕逸皓晗熙瑾萱诗语嘉思雨梦可心一子君卫学兵武毅坚健虎豪"
    "威彪达"
    "义仁信礼智勤俭孝良善美真贤淑慈爱娇媛姝婉姗娅姣妮婕嫣菲芬芸芝茜莎蓉荷莲菊竹桃杏樱蕊萌蓓茹苗芹花"
    "叶枫桐"
    "楠榕杉桦槐森树晓小大天立中少开长保安家富正民友青清秋冬夏星月日辰昕旭晴昭晋景曦曼朗朝斐彤影微恒"
    "承捷敬"
    "方旺昌易显晖曙朋望柯栋楷欢歆汉汝沁泉泰洁洪洲润淼渊湘源溪滢潇澄澜灵炎炜烁焕煌熠爽玮环珊珍珏珠琛"
    "琰琴瑛"
    "瑜甜甫男畅登百盛瞳硕禄科稳竞童笑筱策素紫纯绍维缘翔翠翰耀聪胜舒艺芊芙芮芷若茂茗莹莺菁葆蓝蔚蕴虹"
    "蝶衡誉"
    "诚谦贝贞资赛越迪迎进远道邦采钢钦钧锋锦镇闯阔雄雅霏霖露韵音顺颂馨驰骏鸣鸿鹤黎宝传启垚漪琼蓬沛溢"
    "澍灏煊"
    "璟瑄瑗琬璧珂琨琮瑭珩璞韬骁骞弘彧谨诺靖翊旻昀晟暄曜朔桓栩棠楚槿橙毓汐沐泓洛浚涓淇渝湛滨潼澈炫烨"
    "焱熹燊"
    "琅琥翎耘聿臻舟苒荔莘萤蔓蕙薰藩虔裕觉赫轶迅邈铮锐镕阑霄靓颢飒馥鹃鹰麟黛鼎升丰久之乐亦亨仪仲伦佑"
    "侠俐倍"
    "儒冠冰凌凡则创勋卓卿原又双含咏唯喆坤均垒城培基堂增壮奇奎妙姿娴婵嫦宗宛宜宪容宽实尧岩岳峻崇嵘川"
    "巍帆庭"
    "彩征御忆恩悠情意慕懿才旗昂昆暖格桥梁棋歌水汀泳津浦涌淳添渲湖溶滔漫潮澎火灿炳烽焘熔燃爵犇瑰璨田"
    "甸留畴"
    "白皎益砚碧祖禅秉窈端笛筠简米粲纬纶绮绯缇羽翼耕聆育胤致舜芃芯苇苓茵荃荻菡萧蒙蓁蕃薄藤蘅融衍言训"
    "谊豫赞"
    "轲迈钰铃镜阁降隆雁雍雷霆頔风飘飙香驹骄魁墨助太夫二三四利兴惠守继根铁财全娥廷亭功群先乾合吉栓柱"
    "厚尊屹"
    "巧庚徽恺惟扬敦斯昶晏晔朵柔桢梵汶泊浪淦深瀚炯焰煦牧玄珑璋睦祯禧稷纲绪缨罡耿肃芭苍菱萃蒂襄贻跃逊"
    "遥钊铎"
    "铠锴闻隽霁韧颐骅骥鲲鸥麒仕伯叔季孔存孜定宣宾寅寿尚崎州巨年广庄康廉延弦律忻怀恬悟惜懂戎扶政效昱"
    "映普曾"
    "柳樵殿沅潭照犀玺瑁瑟甄皋盈磐祺禾穆章笙筑精缙罄羲翘荀蜀衷赐遂鉴铨金";

// After a Japanese family name, also the characters of Japanese given
// names (健一, 和也, 真由美 ...).
constexpr std::string_view kJapaneseGivenChars =
    "郎也和子惠奈代江枝树太吾藏佑菜穗里亚希步结凛咲绘沙纪理优由直拓翔健浩次雄夫史司彦介一二三之助辅"
    "美香真";

// Two-character words that commonly follow a name, starting with a
// given-name character (so the name stops before them).
constexpr auto kFollowerWords = std::to_array<std::string_view>(
    {"承包", "承认", "承租", "承担", "林地", "明确", "明知", "文件", "一起", "一同", "一并",
     "同意", "同时", "向其", "等人", "家属", "家人", "家中", "家住", "现场", "现住", "本人",
     "安全", "长期", "正在", "正式", "立即", "当场", "当即", "平时", "未经", "进行", "达到",
     "成为", "开始", "开具", "发现", "中止", "大量", "已经", "代为", "代领", "实施", "负责",
     "销售", "操作", "作业", "驾驶", "提供", "出具", "责任", "自留", "名下", "供述", "个人",
     "当时", "使用", "对此", "担任", "参与", "通过", "退还", "协助", "核实", "借用", "多次",
     "离职", "拆除", "得知", "运送", "已签", "前往", "变更", "反映"});

const CodePointSet& SingleSurnames() {
  static const CodePointSet set = [] {
    CodePointSet s;
    s.AddAll(kSingleSurnames);
    return s;
  }();
  return set;
}

const CodePointSet& GivenNameChars() {
  static const CodePointSet set = [] {
    CodePointSet s;
    s.AddAll(kGivenNameChars);
    return s;
  }();
  return set;
}

const CodePointSet& JapaneseGivenChars() {
  static const CodePointSet set = [] {
    CodePointSet s;
    s.AddAll(kJapaneseGivenChars);
    return s;
  }();
  return set;
}

bool IsMiddleDot(std::string_view text, size_t p, size_t* len) {
  if (StartsWithAt(text, p, "\xC2\xB7")) {  // ·
    *len = 2;
    return true;
  }
  if (StartsWithAt(text, p, "\xE3\x83\xBB") || StartsWithAt(text, p, "\xE2\x80\xA2") ||
      StartsWithAt(text, p, "\xEF\xBD\xA5")) {  // ・ • ･
    *len = 3;
    return true;
  }
  return false;
}

// A Han character at p that may be part of a given name (of a Japanese
// name when `japanese`).
bool GivenAt(std::string_view text, size_t p, bool japanese) {
  const char32_t cp = DecodeBmp3(text, p);
  return cp != 0 && (IsGivenNameChar(cp) || (japanese && JapaneseGivenChars().Has(cp)));
}

// Characters that end a transliterated name (the words after it).
bool EndsTransliteration(char32_t cp) {
  static const CodePointSet set = CodePointSet::Of(
      "的在于等和与及对向将系已未称说被从因为均并也本作到签代于经由委承证陈现驾受拒持通使"
      "托人员者工师主长属友是客户民众妻夫儿子女");
  return set.Has(cp);
}

size_t GivenRun(std::string_view text, size_t p, size_t max_chars, bool japanese) {
  size_t q = p;
  for (size_t k = 0; k < max_chars; ++k) {
    if (!GivenAt(text, q, japanese)) break;
    if (k > 0 && IsFollowerWordAt(text, q)) break;
    q += 3;
  }
  return q - p;
}

bool IsLatinWordChar(char c) { return IsAsciiLetter(c) || c == '-' || c == '\''; }

// Bytes of a compound surname starting at p (the longest), or 0.
size_t CompoundSurnameAt(std::string_view text, size_t p) {
  static const WordTable compound(kCompoundSurnames);
  const size_t i = compound.LongestAt(text, p);
  return i == WordTable::kNone ? 0 : compound.word(i).size();
}

}  // namespace

size_t ChineseSurnameAt(std::string_view text, size_t p) {
  if (const size_t s = CompoundSurnameAt(text, p)) return s;
  const char32_t cp = DecodeBmp3(text, p);
  return cp != 0 && SingleSurnames().Has(cp) ? 3 : 0;
}

size_t JapaneseSurnameAt(std::string_view text, size_t p) {
  static const WordTable japanese(kJapaneseSurnames);
  const size_t i = japanese.LongestAt(text, p);
  return i == WordTable::kNone ? 0 : japanese.word(i).size();
}

bool IsGivenNameChar(char32_t cp) { return GivenNameChars().Has(cp); }

bool CanStartName(char32_t cp) { return NameStartChars().Has(cp); }

const CodePointSet& NameStartChars() {
  static const CodePointSet set = [] {
    CodePointSet s;
    s.AddSet(SingleSurnames());
    for (std::string_view w : kCompoundSurnames) s.AddAll(w.substr(0, 3));
    for (std::string_view w : kJapaneseSurnames) s.AddAll(w.substr(0, 3));
    return s;
  }();
  return set;
}

bool IsFollowerWordAt(std::string_view text, size_t p) {
  static const WordTable followers(kFollowerWords);
  return followers.AnyAt(text, p);
}

size_t SurnameBytes(std::string_view name) {
  if (const size_t s = CompoundSurnameAt(name, 0); s > 0 && s < name.size()) return s;
  if (name.size() >= 12) {
    const size_t j = JapaneseSurnameAt(name, 0);
    if (j > 0 && j < name.size()) return j;
  }
  if (name.empty()) return 0;
  return std::min(name.size(), Utf8SeqLen(static_cast<unsigned char>(name[0])));
}

size_t ChineseNameAt(std::string_view text, size_t p) {
  // Every surname starts with one of NameStartChars: one bit test turns
  // most positions away before any table is read.
  if (!CanStartName(DecodeBmp3(text, p))) return 0;
  // A Japanese family name takes up to three given characters.
  if (const size_t j = JapaneseSurnameAt(text, p)) {
    const size_t given = GivenRun(text, p + j, 3, true);
    if (given > 0) return j + given;
  }
  const size_t s = ChineseSurnameAt(text, p);
  if (s == 0) return 0;
  const size_t given = GivenRun(text, p + s, 2, false);
  if (given == 0) return 0;
  return s + given;
}

size_t ChineseNameEndingAt(std::string_view text, size_t end) {
  // Every reading below ends with a given-name character (Chinese or
  // Japanese): one bit test turns most positions away before any surname
  // is looked for.
  if (end < 6) return end;
  const char32_t last = DecodeBmp3(text, end - 3);
  if (last == 0 || !(IsGivenNameChar(last) || JapaneseGivenChars().Has(last))) return end;
  // Longest first: a Japanese name (up to six characters), a compound
  // surname's four, then three and two characters.
  for (size_t chars = 6; chars >= 2; --chars) {
    if (end < chars * 3) continue;
    const size_t begin = end - chars * 3;
    if (DecodeBmp3(text, begin) == 0) continue;
    size_t surname = JapaneseSurnameAt(text, begin);
    bool japanese = true;
    if (surname == 0 || surname >= end - begin) {
      surname = ChineseSurnameAt(text, begin);
      japanese = false;
    }
    if (surname == 0 || surname >= end - begin) continue;
    const size_t given_chars = (end - begin - surname) / 3;
    if (given_chars > (japanese ? 3 : 2)) continue;
    bool ok = true;
    for (size_t q = begin + surname; q < end && ok; q += 3) ok = GivenAt(text, q, japanese);
    if (ok) return begin;
  }
  return end;
}

size_t LatinNameAt(std::string_view text, size_t p) {
  if (p >= text.size() || !IsAsciiUpper(text[p])) return 0;
  if (p > 0 && IsAsciiAlnum(text[p - 1])) return 0;
  size_t q = p;
  size_t words = 0;
  size_t end = p;
  while (words < 4 && q < text.size() && IsAsciiUpper(text[q])) {
    size_t e = q;
    while (e < text.size() && IsLatinWordChar(text[e])) ++e;
    while (e > q && !IsAsciiLetter(text[e - 1])) --e;  // a trailing hyphen is not part of it
    if (e - q < 2 || (e < text.size() && IsAsciiDigit(text[e]))) break;
    ++words;
    end = e;
    if (e + 1 < text.size() && text[e] == ' ' && IsAsciiUpper(text[e + 1])) {
      q = e + 1;
      continue;
    }
    break;
  }
  return words >= 2 ? end - p : 0;
}

size_t LatinNameEndingAt(std::string_view text, size_t end) {
  if (end == 0 || !IsAsciiLetter(text[end - 1])) return end;
  size_t b = end;
  size_t words = 0;
  size_t best = end;
  while (words < 4) {
    size_t w = b;
    while (w > 0 && IsLatinWordChar(text[w - 1])) --w;
    if (w == b || !IsAsciiUpper(text[w]) || b - w < 2) break;
    ++words;
    if (words >= 2) best = w;
    if (w >= 2 && text[w - 1] == ' ' && IsAsciiLetter(text[w - 2])) {
      b = w - 1;
      continue;
    }
    break;
  }
  return best;
}

bool DottedNameAround(std::string_view text, size_t dot, size_t* begin, size_t* end) {
  size_t dot_len = 0;
  if (!IsMiddleDot(text, dot, &dot_len)) return false;
  // Before the dot: up to four Han characters, stopping at a word that
  // ends a clause or introduces the name.
  size_t b = dot;
  for (int k = 0; k < 4 && b >= 3; ++k) {
    const char32_t cp = DecodeBmp3(text, b - 3);
    if (cp == 0 || !IsHan(cp) || EndsTransliteration(cp)) break;
    b -= 3;
  }
  if (dot - b < 6) return false;  // at least two characters
  // After it: up to six, through further dots (阿卜杜·热合曼·买买提).
  size_t e = dot + dot_len;
  size_t run = 0;
  while (e < text.size()) {
    const char32_t cp = DecodeBmp3(text, e);
    size_t more = 0;
    // A part's first character always belongs to it (艾力·托合提: 托 of
    // 委托 ends a name elsewhere); a word that follows names ends it
    // (热依拉·托合提名下).
    if (run >= 2 && IsFollowerWordAt(text, e)) break;
    if (cp != 0 && IsHan(cp) && (run == 0 || !EndsTransliteration(cp)) && run < 6) {
      e += 3;
      ++run;
      continue;
    }
    if (run >= 2 && IsMiddleDot(text, e, &more)) {
      e += more;
      run = 0;
      continue;
    }
    break;
  }
  if (run < 2) return false;
  *begin = b;
  *end = e;
  return true;
}

}  // namespace dpfeed
