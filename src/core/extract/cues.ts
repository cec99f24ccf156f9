// Words around a figure that say what kind of figure it is. Patterns run on folded text
// (lowercase, tone placement folded); "$" anchors mean "right before the figure".

const W = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

/** ước đạt | dự ước | ước tính | sơ bộ — an estimate, anywhere in the clause before the figure */
export const ESTIMATE = new RegExp(`${W}(?:ước|dự ước|ước tính|ước đạt|ước thực hiện|sơ bộ|dự kiến|ước cả năm)${E}`, "u");

/** kế hoạch | mục tiêu | chỉ tiêu | dự toán right before the figure: "dự toán giao 17.491 tỷ đồng" */
export const PLAN_BEFORE_FIGURE = new RegExp(
  `${W}(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán|phấn đấu)(?:\\s+(?:năm\\s+\\d{4}|giao|đề ra|được giao|tỉnh giao|trung ương giao|hđnd tỉnh giao|là|đạt|ở mức|tăng|giảm|từ|khoảng|trên|dưới|hơn|:))*\\s*:?\\s*\\(?\\s*$`,
  "u",
);
/** "được giao 18.500 tỷ đồng": an assigned figure is a plan */
export const ASSIGNED_BEFORE_FIGURE = new RegExp(`${W}(?:được\\s+)?(?:trung ương\\s+|tỉnh\\s+|hđnd tỉnh\\s+)?giao(?:\\s+(?:là|:))?\\s*$`, "u");
/** phấn đấu | mục tiêu | kế hoạch right before the indicator: "phấn đấu thu ngân sách đạt" */
export const PLAN_BEFORE_INDICATOR = new RegExp(`${W}(?:phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|dự toán|dự kiến)(?:\\s+(?:là|đến|để|cho|về|đạt|năm\\s+\\d{4}))*\\s*(?:\\(\\s*)?$`, "u");
/** a list of targets: "Một số chỉ tiêu cụ thể:", "Các chỉ tiêu chủ yếu năm 2024:", "phấn đấu" */
export const PLAN_LIST = new RegExp(
  `${W}(?:(?:một số|các|những)\\s+)?(?:chỉ tiêu|mục tiêu)(?:\\s+(?!(?:đạt|hoàn thành|không|chưa|vượt|còn)${E})[\\p{L}\\d-]+){0,8}\\s*:|${W}phấn đấu${E}|${W}mục tiêu\\s+(?:đến|năm)\\b`,
  "u",
);
/** a count of targets before the list's words ("04/09 chỉ tiêu đạt kế hoạch:"): a list of results, not of targets */
export const RESULT_COUNT_BEFORE = /(?:\d+\s*\/\s*\d+|\d+)\s*$/u;

/** a value verb or a colon right before the figure: "đạt", "ước đạt", "còn", "là", ":" */
export const VALUE_VERB = new RegExp(
  `(?:${W}(?:đạt|đạt được|ước đạt|ước|dự ước|ước tính|được|còn|là|ở mức|lên|xuống|tới|có|với|chiếm|khoảng|thực hiện|đạt mức|bình quân|tăng|giảm|tăng lên|giảm xuống|giảm còn|tăng thêm|giải ngân|thu|vào khoảng|đạt khoảng|dự kiến|mới|hiện có|phấn đấu|đến|giao|cán mốc|chạm mốc|đạt mốc|từ)|[:=]|\\()\\s*$`,
  "u",
);

/** after a % figure: of the plan ("102,6% dự toán", "90,2% kế hoạch", "100% vốn đã phân bổ") */
export const OF_PLAN_AFTER = new RegExp(
  `^\\s*(?:so\\s+với\\s+|so\\s+)?(?:kế hoạch|kh|dự toán|chỉ tiêu|mục tiêu|nghị quyết|kịch bản|vốn(?:\\s+kế hoạch)?\\s+(?:đã\\s+|được\\s+)?(?:phân bổ|giao|bố trí)|kế hoạch vốn|tổng vốn|số vốn|mức\\s+(?:trung ương|tw|chính phủ|thủ tướng|hđnd|tỉnh|thành phố)(?:[^,;.]{0,20})?giao)${E}`,
  "u",
);
/** after a % figure: against the same period ("so với cùng kỳ", "so cùng kỳ năm trước") */
export const YOY_AFTER = new RegExp(`^\\s*(?:(?:so\\s+với|so|với)\\s+)?(?:cùng\\s+kỳ|cùng\\s+tháng(?:\\s+năm\\s+trước)?|cùng\\s+quý|năm\\s+trước|cùng\\s+thời\\s+điểm|năm\\s+ngoái)|^\\s*(?:so\\s+với|so|với)\\s+(?:năm\\s+\\d{4}|(?:tháng|quý)\\s+[\\divx]+\\s*(?:\\/|năm)\\s*\\d{4}|(?:tháng|quý)\\s+[\\divx]+\\s+năm\\s+trước)`, "u");
/** before a % figure, the base it is taken against: "so với dự toán Thủ tướng Chính phủ giao bằng 176,4%" */
export const OF_PLAN_BEFORE = new RegExp(`${W}(?:(?:so\\s+với\\s+)?(?:dự toán|kế hoạch|nghị quyết|chỉ tiêu)(?:[^,;.()%\\d]{0,40})?(?:,\\s*)?(?:thì\\s+|số thu này\\s+|con số này\\s+)?(?:\\(\\s*)?(?<verb1>bằng|đạt|vượt|tương đương)|(?<verb2>vượt|bằng|đạt|hoàn thành)\\s+(?:mức\\s+)?(?:dự toán|kế hoạch|chỉ tiêu|nghị quyết)(?:\\s+[\\p{L}]+){0,6}?)\\s*(?:khoảng|gần|trên|hơn)?\\s*$`, "u");
/** after a % figure: against something else ("so với cuối năm 2022", "so với đầu năm") */
export const VS_OTHER_AFTER = new RegExp(`^\\s*(?:so\\s+với|so)\\s+`, "u");

/** who the plan belongs to, after "dự toán"/"kế hoạch" */
export const PLAN_CENTRAL = /^[^,;.]{0,25}(?:trung ương|tw|chính phủ|thủ tướng)/u;
export const PLAN_LOCAL = /^[^,;.]{0,25}(?:hđnd|hội đồng nhân dân|tỉnh giao|địa phương|thành phố giao|tỉnh)/u;

/** the verb right before a % figure */
export const RATIO_VERB = new RegExp(
  `(?:${W}(bằng|đạt|vượt|tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|gấp|tăng khá|tăng mạnh|tăng nhẹ|tăng cao|giảm nhẹ|giảm mạnh|tương đương|đạt khoảng|đạt gần|đạt trên|đạt hơn|giảm còn|giảm xuống|tăng lên|lên|xuống|còn|ước đạt|ước tăng|ước giảm|tăng thêm|giảm thêm|tăng bình quân|giảm bình quân|bình quân tăng|bình quân giảm)|(\\+|-|–)|\\(|,)\\s*(?:\\(\\s*)?(?:khoảng|gần|trên|hơn|xấp xỉ)?\\s*$`,
  "u",
);

/** lũy kế | từ năm 2020 đến nay: a running total, not the period's figure */
// "lũy kế 9 tháng", "cộng dồn 8 tháng" are the months from January: only a total over years is a running one
export const CUMULATIVE = new RegExp(`${W}(?:(?:lũy kế|luỹ kế|cộng dồn)(?!\\s+(?:\\d{1,2}\\s+tháng|từ đầu năm|cả năm|năm\\s+\\d{4}|quý|đến (?:hết |cuối )?(?:tháng|ngày|quý)))|từ đầu nhiệm kỳ|từ năm \\d{4} đến nay|đến nay đã có tổng số)${E}`, "u");

/** "Trong đó, thu nội địa …", "Cụ thể, …": a sentence that breaks down the figure before it (its unit, its basis) */
export const BREAKDOWN = /^(?:trong đó|cụ thể|bao gồm)(?![\p{L}])/u;

/** "con số này mới bằng 41,3% kế hoạch", "Mức tăng này cao hơn năm 2023 (5,07%)": the figure of the sentence before */
const ANAPHORA_WORD = /này|trên|đó|năm nay/u;
/** ANAPHORA_BEFORE, with a plain search first (the pattern backtracks over its window) */
export const anaphoraBefore = (text: string) => ANAPHORA_WORD.test(text) && ANAPHORA_BEFORE.test(text);
export const ANAPHORA_BEFORE = /(?<![\p{L}])(?:con số|số thu|mức(?: tăng(?: trưởng)?)?|chỉ số|kết quả|số|giá trị|tốc độ(?: tăng(?: trưởng)?)?) (?:này|trên|đó|năm nay)(?![\p{L}])[^;%]{0,60}$/u;

/** "tăng 2,3% so với tháng trước": a change over the last month or quarter, not the period's rate */
export const VS_PREVIOUS = /^\s*so\s+với\s+(?:tháng|quý|kỳ)\s+trước|^\s*so\s+với\s+(?:đầu|cuối)\s+năm|^\s*so\s+với\s+tháng\s+\d{1,2}(?!\d)(?!\s*(?:\/|năm)\s*\d)/u;
/** such a change and the "và" after it, skipped to read the words before the period's own rate ("riêng tháng 9 ước tăng 2,3% so với tháng trước và tăng 11,8%") */
export const PASSED_CHANGE = /(?:tăng|giảm)\s+[\d.,]+\s*%\s+so\s+với\s+(?:tháng|quý|kỳ)\s+trước\s*(?:,|và|;)?\s*(?=(?:ước\s+|ước tính\s+)?(?:tăng|giảm)\s*$)/u;

/** a sentence that goes on about the one before: "Trong đó, …", "Riêng …", "So với tháng trước, …" */
export const GOES_ON = /^(?:trong đó|riêng|cụ thể|bao gồm|gồm|so với)(?![\p{L}])/u;

/** "HĐND tỉnh đã thông qua 25 chỉ tiêu chủ yếu cho năm 2024": targets announced for a year, listed in what follows */
export const TARGETS_ANNOUNCED = new RegExp(`${W}(?:thông qua|đề ra|đặt ra|xác định|ban hành|giao)\\s+(?:\\d+\\s+)?(?:nhóm\\s+)?(?:chỉ tiêu|mục tiêu)(?:\\s+[\\p{L}]+){0,4}?\\s+(?:cho|của|trong)?\\s*năm\\s+\\d{4}`, "u");
